import type { TLang } from "@/lib/platform/i18n/lang";

export type TMessages = Record<string, Record<TLang, string>>;
