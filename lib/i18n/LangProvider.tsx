"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useMemo } from "react";
import { LANG_COOKIE, type TLang } from "./lang";
import { translate, type TMessageKey } from "./messages";

type TLangContext = { lang: TLang; setLang: (lang: TLang) => void };

const LangContext = createContext<TLangContext | null>(null);

/** Gives client components the language the server rendered with, and a way to change it. */
export function LangProvider({ lang, children }: { lang: TLang; children: React.ReactNode }) {
  const router = useRouter();
  const setLang = useCallback(
    (next: TLang) => {
      document.cookie = `${LANG_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
      document.documentElement.lang = next;
      router.refresh();
    },
    [router],
  );
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): TLangContext {
  const context = useContext(LangContext);
  if (!context) throw new Error("useLang outside LangProvider");
  return context;
}

/** t(key, values) in the current language. */
export function useT() {
  const { lang } = useLang();
  return useCallback((key: TMessageKey, values?: Record<string, string | number>) => translate(lang, key, values), [lang]);
}
