import type { TLocalized, TRegion, TTheme } from "./schema";

export const QUESTION_KINDS = ["single", "multi", "truefalse", "numeric", "matching", "ordering", "map"] as const;
export type TQuestionKind = (typeof QUESTION_KINDS)[number];
export type TLang = keyof TLocalized;
export const LANGS: readonly TLang[] = ["de", "en"];

/** An answer option. `subject` is what it names (a country code, person id, item id, year, event id). */
export type TOption = { id: string; text: TLocalized; subject: string; side?: "left" | "right" };

/**
 * How the validation pass proves a question right: `relation` is evaluated on the knowledge base for each
 * option's subject (or each pair, or the statement's subject), independently of how the generator chose them.
 */
export type TCheck = (
  { relation: string; args: Record<string, string> } | { relation: string; args: Record<string, string>; subject: string }
) & {
  /** "article": the question asks what the articles say, so an option they are silent on may be keyed wrong. */
  scope?: "article";
};

export type TTags = { regions: TRegion[]; themes: TTheme[]; countries: string[] };

type TQuestionBase = {
  id: string;
  prompt: TLocalized;
  explanation: TLocalized;
  note?: TLocalized;
  /**
   * The sentences the question rests on, each with the article it is from, when that article's facts stand and
   * an English translation (`en`) to show beside the German quote.
   */
  sources: Array<{ file: string; quote: string; en: string; label: TLocalized; asOf?: string }>;
  /** YYYY, YYYY-MM or YYYY-MM-DD: when the facts stand. */
  asOf: string;
  /** The date the question stands at, to show with its prompt: "Stand laut DW: Juni 2024" / "As of DW: June 2024". */
  asOfLabel: TLocalized;
  factIds: string[];
  difficulty: 1 | 2 | 3;
  tags: TTags;
  check: TCheck;
};

export type TSingleQuestion = TQuestionBase & { kind: "single"; options: TOption[]; answer: string };
export type TMultiQuestion = TQuestionBase & { kind: "multi"; options: TOption[]; answer: string[] };
export type TTrueFalseQuestion = TQuestionBase & { kind: "truefalse"; options: TOption[]; answer: "true" | "false" };
export type TNumericAnswer = { value: number; tolerance: number; unit: TLocalized; qualifier: "exact" | "more-than" };
export type TNumericQuestion = TQuestionBase & { kind: "numeric"; options: []; answer: TNumericAnswer };
export type TMatchingQuestion = TQuestionBase & { kind: "matching"; options: TOption[]; answer: Array<[string, string]> };
export type TOrderingQuestion = TQuestionBase & { kind: "ordering"; options: TOption[]; answer: string[] };
export type TMapQuestion = TQuestionBase & { kind: "map"; options: []; answer: string };

export type TQuestion =
  TSingleQuestion | TMultiQuestion | TTrueFalseQuestion | TNumericQuestion | TMatchingQuestion | TOrderingQuestion | TMapQuestion;

/** A question without the generator's proof: what the database keeps and the app serves from. */
export type TStoredQuestion = TQuestion extends infer Q ? (Q extends TQuestion ? Omit<Q, "check"> : never) : never;

export type TQuestionSet = {
  id: string;
  kind: "all" | "region" | "theme" | "daily";
  title: TLocalized;
  description: TLocalized;
  questionIds: string[];
  /** Countries the set covers (for its map). */
  countries: string[];
};
