// Every text of the interface, German and English side by side, one module per part of the app.
// Content (questions, sets) carries its own texts.
import { interpolate } from "./interpolate";
import type { TLang } from "./lang";
import { boardsMessages } from "@/lib/platform/i18n/messages/boards";
import { classroomMessages } from "@/lib/platform/i18n/messages/classroom";
import { classReportsMessages } from "@/lib/platform/i18n/messages/class-reports";
import { coreMessages } from "@/lib/platform/i18n/messages/core";
import { exportsMessages } from "@/lib/platform/i18n/messages/exports";
import { learnMessages } from "@/lib/platform/i18n/messages/learn";
import { liveMessages } from "@/lib/platform/i18n/messages/live";
import { reportsMessages } from "@/lib/platform/i18n/messages/reports";
import { shellMessages } from "@/lib/platform/i18n/messages/shell";

const MESSAGES = {
  ...coreMessages,
  ...learnMessages,
  ...liveMessages,
  ...boardsMessages,
  ...reportsMessages,
  ...shellMessages,
  ...exportsMessages,
  ...classroomMessages,
  ...classReportsMessages,
};

export type TMessageKey = keyof typeof MESSAGES;

export type TMessageBook = Record<TMessageKey, string>;

export function translate(lang: TLang, key: TMessageKey, values?: Record<string, string | number>): string {
  return interpolate((MESSAGES[key] as Record<TLang, string>)[lang], values);
}

/** Every text in one language: what the browser receives (the page never ships the other language). */
export function messagesFor(lang: TLang): TMessageBook {
  return Object.fromEntries(
    Object.entries(MESSAGES).map(([key, texts]) => [key, (texts as Record<TLang, string>)[lang]]),
  ) as TMessageBook;
}
