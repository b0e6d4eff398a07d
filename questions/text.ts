// Wording helpers for both languages: numbers, dates, lists and templates.
import type { TLocalized } from "./schema";
import type { TLang } from "./types";

/** The Intl locale of each language (the app's interface uses the same, lib/platform/i18n/lang.ts). */
export const LOCALES: Record<TLang, string> = { de: "de-DE", en: "en-GB" };

export function both(make: (lang: TLang) => string): TLocalized {
  return { de: make("de"), en: make("en") };
}

export function formatNumber(value: number, lang: TLang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** "7.644 km", "90 %", "mehr als 30.000 Soldaten" / "7,644 km", "90%", "more than 30,000 soldiers". */
export function formatQuantity(value: number, unit: TLocalized, qualifier: "exact" | "more-than", lang: TLang): string {
  const number = formatNumber(value, lang);
  const amount = unit[lang] === "%" ? (lang === "de" ? `${number} %` : `${number}%`) : `${number} ${unit[lang]}`;
  if (qualifier === "exact") return amount;
  return lang === "de" ? `mehr als ${amount}` : `more than ${amount}`;
}

/** "9. Mai 2025" / "9 May 2025", "Mai 2024" / "May 2024", "2023". */
export function formatDate(date: string, lang: TLang): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!month) return String(year);
  const at = new Date(Date.UTC(year!, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
    : { month: "long", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(at);
}

export function formatList(items: string[], lang: TLang): string {
  return new Intl.ListFormat(LOCALES[lang], { style: "long", type: "conjunction" }).format(items);
}

/** Replaces {name} placeholders; an unknown placeholder is an error, not silent text. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template ${JSON.stringify(template)}: no value for ${whole}`);
    return value;
  });
}

export function fillBoth(template: TLocalized, values: Record<TLang, Record<string, string>>): TLocalized {
  return both((lang) => fill(template[lang], values[lang]));
}

/** A quotation in the language's marks; quotes inside it take the inner marks (‚…‘ / ‘…’). */
export function quoted(text: string, lang: TLang): string {
  if (lang === "de")
    return `„${text
      .replace(/„/g, "‚")
      .replace(/“/g, "‘")
      .replace(/"([^"]*)"/g, "‚$1‘")}“`;
  return `“${text
    .replace(/“/g, "‘")
    .replace(/”/g, "’")
    .replace(/"([^"]*)"/g, "‘$1’")}”`;
}

/** Upper-cases the first letter (for a sentence that starts with a filled-in name). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("de") + text.slice(1);
}
