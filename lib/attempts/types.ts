// What the quiz API answers about an attempt: shared by the server and the browser.
import type { TPlayableQuestion, TQuestionSolution } from "@/questions/present";
import type { TAnswerValue } from "@/lib/scoring/rules/grade";
import type { TScoringMode } from "@/lib/scoring/rules/points";

export type TAttemptState = {
  id: string;
  setId: string;
  scoring: TScoringMode;
  groupId: string | null;
  total: number;
  index: number;
  finished: boolean;
  score: number;
  accuracyScore: number;
  correctCount: number;
  streak: number;
  timerSeconds: number | null;
  posted: boolean;
  /** The question to answer now, null once finished. */
  question: TPlayableQuestion | null;
  /** How long ago the server served the current question (ms), so a resumed timer goes on where it was. */
  elapsedMs: number | null;
};

export type TAnswerFeedback = {
  questionId: string;
  position: number;
  correct: boolean;
  closeness: number;
  points: number;
  bonus: number;
  timeMs: number;
  given: TAnswerValue | null;
  solution: TQuestionSolution;
};
