"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useMemo } from "react";
import { LANG_COOKIE, type TLang } from "./lang";
import { interpolate } from "./interpolate";
import type { TMessageBook, TMessageKey } from "./messages";

type TLangContext = { lang: TLang; setLang: (lang: TLang) => void; messages: TMessageBook };

const LangContext = createContext<TLangContext | null>(null);

/** Gives client components the language the server rendered with, and a way to change it. */
/** Gets the texts of the current language from the server: the interface's JavaScript carries no texts. */
export function LangProvider({ lang, messages, children }: { lang: TLang; messages: TMessageBook; children: React.ReactNode }) {
  const router = useRouter();
  const setLang = useCallback(
    (next: TLang) => {
      document.cookie = `${LANG_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
      document.documentElement.lang = next;
      router.refresh();
    },
    [router],
  );
  const value = useMemo(() => ({ lang, setLang, messages }), [lang, setLang, messages]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): TLangContext {
  const context = useContext(LangContext);
  if (!context) throw new Error("useLang outside LangProvider");
  return context;
}

/** t(key, values) in the current language. */
export function useT() {
  const { messages } = useLang();
  return useCallback(
    (key: TMessageKey, values?: Record<string, string | number>) => interpolate(messages[key], values),
    [messages],
  );
}
