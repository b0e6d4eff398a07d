// What a finished quiz counts for on the boards, so that a board compares like with like (README, "Fair play"):
// - points per 10 questions: a 20-question or whole-set quiz (or a live game posted to a class) counts its
//   points × 10 / questions, so it neither buries nor is buried by the 10-question quizzes on the same board; a
//   set with fewer than 10 questions counts whole, and every quiz of it has them all;
// - at least 10 questions (or the whole of a smaller set): a 1-question quiz is practice, not a board entry;
// - no more than 2 answers faster than a person can read a question and click (under 0.4 s by the server's
//   clock): a quiz answered that fast by a script stays off the boards.
// Pure.

export const BOARD_QUESTIONS = 10;
/** Faster than this, nobody reads a question and its options and clicks. */
export const HUMAN_MIN_ANSWER_MS = 400;
/** A slip or two (a double click) is forgiven; a pattern is not. */
export const MAX_TOO_FAST_ANSWERS = 2;

export type TBoardEntry =
  | { eligible: true; score: number; accuracyScore: number }
  | { eligible: false; reason: "too_short"; needed: number }
  | { eligible: false; reason: "too_fast"; tooFast: number };

/** What one point of a quiz or game of `questionCount` questions counts for on a board: per 10 questions. */
export function boardScale(questionCount: number): number {
  return questionCount > BOARD_QUESTIONS ? BOARD_QUESTIONS / questionCount : 1;
}

/** A finished quiz's board score, or why it stays off the boards. */
export function boardEntry(input: {
  score: number;
  accuracyScore: number;
  /** The questions of the quiz, and of its whole set. */
  questionCount: number;
  setSize: number;
  answerTimesMs: readonly number[];
}): TBoardEntry {
  const needed = Math.min(BOARD_QUESTIONS, input.setSize);
  if (input.questionCount < needed) return { eligible: false, reason: "too_short", needed };
  const tooFast = input.answerTimesMs.filter((time) => time < HUMAN_MIN_ANSWER_MS).length;
  if (tooFast > MAX_TOO_FAST_ANSWERS) return { eligible: false, reason: "too_fast", tooFast };
  const scale = boardScale(input.questionCount);
  return {
    eligible: true,
    score: Math.round(input.score * scale),
    accuracyScore: Math.round(input.accuracyScore * scale),
  };
}
