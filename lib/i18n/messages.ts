// Every text of the interface, German and English side by side, one module per part of the app.
// Content (questions, sets) carries its own texts.
import type { TLang } from "./lang";
import { boardsMessages } from "./messages/boards";
import { coreMessages } from "./messages/core";
import { learnMessages } from "./messages/learn";
import { liveMessages } from "./messages/live";

const MESSAGES = { ...coreMessages, ...learnMessages, ...liveMessages, ...boardsMessages };

export type TMessageKey = keyof typeof MESSAGES;

export function translate(lang: TLang, key: TMessageKey, values?: Record<string, string | number>): string {
  const text: string = (MESSAGES[key] as Record<TLang, string>)[lang];
  return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : text;
}
