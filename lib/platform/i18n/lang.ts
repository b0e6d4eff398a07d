// The two languages: German (the content's language, the default) and English.
// The languages are the content's (questions/types.ts): the interface has the same two.
import { LOCALES } from "@/questions/text";
import type { TLang } from "@/questions/types";

export { LANGS, type TLang } from "@/questions/types";
export const DEFAULT_LANG: TLang = "de";
export const LANG_COOKIE = "lang";

export function parseLang(value: string | undefined | null): TLang {
  return value === "en" ? "en" : DEFAULT_LANG;
}

/** The Intl locale of each language: the same the question texts are written with. */
export const LOCALE = LOCALES;

/** A duration in seconds with one decimal, written the language's way and without grouping: "3,7" / "3.7". */
export function secondsText(ms: number, lang: TLang): string {
  return (ms / 1000).toLocaleString(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
}
