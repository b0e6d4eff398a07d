// How a question is shown for a language and seed: the text picked, options in seeded order. Used by the export
// and by the app; `withAnswer: false` leaves out everything that gives the answer away.
import { seededShuffle } from "./random";
import type { TLocalized } from "./schema";
import type { TLang, TOption, TQuestion, TStoredQuestion } from "./types";

export type TPresentedOption = { id: string; text: string; side?: "left" | "right" };

export type TPresentedAnswer = string | string[] | Array<[string, string]> | { value: number; tolerance: number; unit: string };

export type TPresentedQuestion = {
  id: string;
  kind: TQuestion["kind"];
  prompt: string;
  options: TPresentedOption[];
  /** For numeric questions: the unit the answer is given in. */
  unit?: string;
  /** When the question stands, to show with the prompt: "Stand laut DW: Juni 2024". */
  asOfLabel: string;
  difficulty: number;
  tags: string[];
};

export type TPresentedSolution = {
  answer: TPresentedAnswer;
  explanation: string;
  note?: string;
  source: { file: string; quote: string; en: string };
  sources: Array<{ file: string; quote: string; en: string }>;
  asOf: string;
  factIds: string[];
};

const plainSource = ({ file, quote, en }: { file: string; quote: string; en: string }) => ({ file, quote, en });

/** Options in the order a seed gives; matching questions keep their two columns apart. */
export function orderOptions(question: TQuestion, seed: string | number): TOption[] {
  if (question.kind === "truefalse") return question.options;
  const shuffle = (options: TOption[]) => seededShuffle(options, `${seed}:${question.id}`);
  if (question.kind === "matching") {
    return [
      ...shuffle(question.options.filter((o) => o.side === "left")),
      ...shuffle(question.options.filter((o) => o.side === "right")),
    ];
  }
  return shuffle(question.options);
}

export function flatTags(question: TQuestion): string[] {
  return [
    ...question.tags.regions.map((region) => `region:${region}`),
    ...question.tags.themes.map((theme) => `theme:${theme}`),
    ...question.tags.countries.map((code) => `country:${code}`),
  ];
}

export function presentQuestion(question: TQuestion, lang: TLang, seed: string | number): TPresentedQuestion {
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt[lang],
    options: orderOptions(question, seed).map((option) => ({
      id: option.id,
      text: option.text[lang],
      ...(option.side ? { side: option.side } : {}),
    })),
    ...(question.kind === "numeric" ? { unit: question.answer.unit[lang] } : {}),
    asOfLabel: question.asOfLabel[lang],
    difficulty: question.difficulty,
    tags: flatTags(question),
  };
}

export function presentAnswer(question: TQuestion, lang: TLang): TPresentedAnswer {
  if (question.kind === "numeric") {
    return { value: question.answer.value, tolerance: question.answer.tolerance, unit: question.answer.unit[lang] };
  }
  return question.answer;
}

export function presentSolution(question: TQuestion, lang: TLang): TPresentedSolution {
  return {
    answer: presentAnswer(question, lang),
    explanation: question.explanation[lang],
    ...(question.note ? { note: question.note[lang] } : {}),
    source: plainSource(question.sources[0]!),
    sources: question.sources.map(plainSource),
    asOf: question.asOf,
    factIds: question.factIds,
  };
}

/**
 * A question as the quiz shows it, in both languages (the player may switch), without anything that answers it:
 * no tags either (a question's countries are usually its answer), they come with the solution.
 */
export type TPlayableQuestion = {
  id: string;
  kind: TQuestion["kind"];
  prompt: TLocalized;
  options: Array<{ id: string; text: TLocalized; side?: "left" | "right" }>;
  unit?: TLocalized;
  /** When the question stands, to show with the prompt. */
  asOfLabel: TLocalized;
  difficulty: number;
};

/** What the player learns after answering: the right answer and why, with the source. */
export type TQuestionSolution = {
  answer: TQuestion["answer"];
  explanation: TLocalized;
  note?: TLocalized;
  sources: TQuestion["sources"];
  asOf: string;
  factIds: string[];
  /** Regions, themes and countries the question is about (for the learner's statistics). */
  tags: TQuestion["tags"];
};

type TShowable = TStoredQuestion;

export function playableQuestion(question: TShowable, seed: string | number): TPlayableQuestion {
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    options: orderOptions(question as TQuestion, seed).map((option) => ({
      id: option.id,
      text: option.text,
      ...(option.side ? { side: option.side } : {}),
    })),
    ...(question.kind === "numeric" ? { unit: question.answer.unit } : {}),
    asOfLabel: question.asOfLabel,
    difficulty: question.difficulty,
  };
}

export function questionSolution(question: TShowable): TQuestionSolution {
  return {
    answer: question.answer,
    explanation: question.explanation,
    ...(question.note ? { note: question.note } : {}),
    sources: question.sources,
    asOf: question.asOf,
    factIds: question.factIds,
    tags: question.tags,
  };
}
