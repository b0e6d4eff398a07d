// What the exports share: the formats a set can be downloaded in, and a set's questions in one language as every
// format reads them (prompt, answers, explanation, note, sources with article and date).
import type { TLang, TQuestionKind } from "@/questions/types";

export const EXPORT_FORMATS = ["moodle", "gift", "qti", "kahoot", "anki", "quizlet", "worksheet", "answer-key"] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is TExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** A file ready to download or write: its name, media type and bytes. */
export type TExportFile = { filename: string; contentType: string; body: Uint8Array };

export type TExportSource = {
  /** The sentence the question rests on, word for word from the article (German). */
  quote: string;
  /** Its English translation (shown in English exports). */
  translation: string;
  /** The article: its label in the export's language. */
  article: string;
  /** When the sentence's facts stand, written out ("Juni 2024"). */
  date: string;
  file: string;
};

export type TExportChoice = { id: string; text: string; correct: boolean };

export type TExportQuestionBase = {
  id: string;
  /** 1-based, in the set's order. */
  number: number;
  /** The question's own kind; a map question is exported as a choice of countries. */
  sourceKind: TQuestionKind;
  prompt: string;
  /** "Stand laut DW: Juni 2024" */
  asOfLabel: string;
  /** The right answer in words. */
  answerText: string;
  explanation: string;
  note?: string;
  sources: TExportSource[];
  /** Country names and theme labels, in the export's language. */
  countries: string[];
  themes: string[];
  /** Stable codes for tags: ISO country codes and theme ids. */
  countryCodes: string[];
  themeIds: string[];
  factIds: string[];
};

export type TExportQuestion = TExportQuestionBase &
  (
    | { kind: "single" | "multi" | "truefalse"; choices: TExportChoice[] }
    | {
        kind: "numeric";
        value: number;
        tolerance: number;
        unit: string;
        qualifier: "exact" | "more-than";
        /** Every answer from min to max counts as right (the app's grading: a bound's range starts at the bound). */
        min: number;
        max: number;
      }
    | { kind: "matching"; pairs: Array<{ left: string; right: string }>; distractors: string[] }
    | { kind: "ordering"; shown: string[]; ordered: string[] }
  );

export type TExportSet = {
  id: string;
  title: string;
  lang: TLang;
  questions: TExportQuestion[];
  /**
   * Questions of the set no export can carry: map questions that name their country ("Wo liegt Belarus?") need a
   * map to click on, and a choice of country names would give the answer away. Every format says so.
   */
  omitted: Array<{ id: string; prompt: string }>;
};

/** What a question adds to the shared fields, by kind. */
export type TExportKindPart = TExportQuestion extends infer Q
  ? Q extends TExportQuestion
    ? Omit<Q, Exclude<keyof TExportQuestionBase, "answerText">>
    : never
  : never;
