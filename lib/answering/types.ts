// What answering one question gives back, the same for self-study attempts, assignments and live games:
// shared by the server and the browser.
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TQuestionSolution } from "@/questions/present";
import type { TLocalized } from "@/questions/schema";

/** Right or wrong, the right answer with its explanation and source, and the points. */
export type TAnswerFeedback = {
  questionId: string;
  /** The question's place in the attempt or assignment (0-based). */
  position: number;
  correct: boolean;
  closeness: number;
  points: number;
  bonus: number;
  timeMs: number;
  given: TAnswerValue | null;
  solution: TQuestionSolution;
  /** Write mode: the right answer in words (the question was shown without its options; `given` is as typed). */
  written?: TLocalized;
};

/** Why an answer is refused. One set of codes for every way of answering; `field` names the request field. */
export type TAnswerErrorCode =
  | "question_not_in_attempt"
  | "not_current_question"
  | "question_not_shown"
  | "impossible_time"
  | "invalid_input"
  | "finished"
  | "not_found"
  | "not_your_attempt"
  | "player_removed"
  | "not_joined";

export type TAnswerRejection = {
  ok: false;
  status: number;
  code: TAnswerErrorCode;
  message: string;
  field?: "questionId" | "questionIndex" | "answer" | "timeMs";
};

/** An answer as it is stored: graded, scored, and how long it took by the server's clock. */
export type TScoredAnswerRow = {
  questionId: string;
  position: number;
  answer: string;
  correct: boolean;
  points: number;
  bonus: number;
  accuracyPoints: number;
  timeMs: number;
};
