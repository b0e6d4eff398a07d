// The two languages: German (the content's language, the default) and English.
export const LANGS = ["de", "en"] as const;
export type TLang = (typeof LANGS)[number];
export const DEFAULT_LANG: TLang = "de";
export const LANG_COOKIE = "lang";

export function parseLang(value: string | undefined | null): TLang {
  return value === "en" ? "en" : DEFAULT_LANG;
}

export const LOCALE: Record<TLang, string> = { de: "de-DE", en: "en-GB" };
