// What the quiz API answers about an attempt: shared by the server and the browser.
import type { TPlayableQuestion } from "@/questions/present";
import type { TScoringMode } from "@/lib/scoring/types";

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

/** An attempt as stored (the database row's shape). */
export type TAttemptRow = {
  id: string;
  playerId: string;
  setId: string;
  groupId: string | null;
  scoring: string;
  /** Question ids in the order served, JSON array. */
  questionIds: string;
  currentIndex: number;
  servedAt: Date | null;
  timerSeconds: number | null;
  startedAt: Date;
  finishedAt: Date | null;
  score: number;
  accuracyScore: number;
  correctCount: number;
  streak: number;
  totalTimeMs: number;
  postedAt: Date | null;
};

/** The attempt's move to the next question once an answer is stored. */
export type TAttemptAdvance = {
  currentIndex: number;
  servedAt: Date;
  score: number;
  accuracyScore: number;
  correctCount: number;
  streak: number;
  totalTimeMs: number;
  finishedAt: Date | null;
};
