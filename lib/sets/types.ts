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
  questions: Map<string, TStoredQuestion>;
  sets: TQuestionSet[];
};
