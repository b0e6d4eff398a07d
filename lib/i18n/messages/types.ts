import type { TLang } from "../lang";

export type TMessages = Record<string, Record<TLang, string>>;
