// A question set as the pages show it.
import type { TLocalized } from "@/questions/schema";
import type { TQuestionSet, TStoredQuestion } from "@/questions/types";

export type TSetSummary = {
  id: string;
  kind: "all" | "region" | "theme" | "daily";
  title: TLocalized;
  description: TLocalized;
  questionCount: number;
  countries: string[];
  /** The facts the set's questions test (for mastery). */
  factIds: string[];
};

export type TLoadedBank = {
  /** The questions in play: every one served in anything new (attempts, games, learn cards, set counts). */
  questions: Map<string, TStoredQuestion>;
  /**
   * Questions retired after review: served in nothing new, but attempts and games that already hold them still
   * show and grade them (`questionForGrading`), so that nothing running breaks.
   */
  retired: Map<string, TStoredQuestion>;
  sets: TQuestionSet[];
};

/** What grading needs of the bank (tests pass the questions alone). */
export type TGradingBank = { questions: Map<string, TStoredQuestion>; retired?: Map<string, TStoredQuestion> };

/** A question an attempt holds, in play or retired since the attempt began. */
export function questionForGrading(bank: TGradingBank, id: string): TStoredQuestion | undefined {
  return bank.questions.get(id) ?? bank.retired?.get(id);
}
