// What the quiz API answers about an attempt: shared by the server and the browser.
import type { TPlayableQuestion } from "@/questions/present";
import type { TScoringMode } from "@/lib/scoring/types";
import type { TAnswerMode } from "@/lib/attempts/rules/write-mode";

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
  /** "write": names and countries are typed; the question comes without its options. */
  answerMode: TAnswerMode;
  posted: boolean;
  /**
   * The question to answer now: null once finished, and null while it waits to be shown (`pending`). Its content
   * reaches the client only when the client asks to show it (POST /api/attempts/<id>/next), which starts its clock.
   */
  question: TPlayableQuestion | null;
  /** The current question has not been shown yet: the client asks for it with POST …/next. */
  pending: boolean;
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
  answerMode: string;
};

/** The attempt's move to the next question once an answer is stored (not yet shown: servedAt is null). */
export type TAttemptAdvance = {
  currentIndex: number;
  servedAt: null;
  score: number;
  accuracyScore: number;
  correctCount: number;
  streak: number;
  totalTimeMs: number;
  finishedAt: Date | null;
};
