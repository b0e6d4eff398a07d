// For the exports' tests: a real set of the real question bank, and what a format must carry of it, counted from
// the stored questions themselves (not from the export's own model), so a format that drops or adds something fails.
import { buildExportSet, type TExportInput } from "@/lib/exports/rules/export-set";
import type { TExportSet } from "@/lib/exports/types";
import { buildQuestionBank } from "@/questions/bank";
import type { TLang, TStoredQuestion } from "@/questions/types";

export type TExportFixture = {
  input: TExportInput;
  set: TExportSet;
  /** The questions every format carries: the set's, less map questions that name their country. */
  carried: TStoredQuestion[];
  /** Those left out ("Wo liegt Belarus?"). */
  locating: TStoredQuestion[];
  /** Answer options a format shows per carried question (a map question: its country and three others). */
  optionCounts: number[];
  sourceCount: number;
};

let bank: ReturnType<typeof buildQuestionBank>["bank"];

export function exportFixture(setId: string, lang: TLang): TExportFixture {
  bank ??= buildQuestionBank().bank;
  if (!bank) throw new Error("the question bank does not build");
  const set = bank.sets.find((candidate) => candidate.id === setId)!;
  const questions = set.questionIds.map((id) => bank!.questionsById.get(id)!);
  const input: TExportInput = {
    setId,
    title: set.title[lang],
    lang,
    questions,
    countryPool: [...new Set(bank.questions.flatMap((question) => question.tags.countries))],
  };
  const locates = (question: TStoredQuestion) =>
    question.kind === "map" && /^(Allgemeinwissen|General knowledge)/.test(question.prompt.de);
  const carried = questions.filter((question) => !locates(question));
  return {
    input,
    set: buildExportSet(input),
    carried,
    locating: questions.filter(locates),
    optionCounts: carried.map((question) =>
      question.kind === "map"
        ? 4
        : question.kind === "matching"
          ? question.options.filter((option) => option.side === "right").length
          : question.options.length,
    ),
    sourceCount: carried.reduce((sum, question) => sum + question.sources.length, 0),
  };
}

/** How often `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
