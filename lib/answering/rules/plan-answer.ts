// The one answering engine for questions served one at a time (self-study attempts and assignments): where the
// player stands decides whether the answer counts, the server's clock how long it took, the timer whether it
// came too late, and the scorer its points. Pure: the caller reads the position and writes the plan.
import { AnswerShapeError } from "@/lib/scoring/rules/grade";
import { REFERENCE_SECONDS } from "@/lib/scoring/rules/points";
import type { TAnswerValue, TScoringMode } from "@/lib/scoring/types";
import type { TStoredQuestion } from "@/questions/types";
import type { TAnswerRejection, TScoredAnswerRow } from "@/lib/answering/types";
import { ANSWER_GRACE_MS, effectiveAnswerTime } from "./answer-time";
import { scoreQuestionAnswer } from "./score-answer";

/** Where a player stands in a run of questions served one at a time. */
export type TRunPosition = {
  /** The question the player is on (0-based). */
  currentIndex: number;
  finished: boolean;
  /**
   * When the server served the current question: the client asked to show it (its clock starts then). Null while
   * the player reads the previous question's feedback; an answer then is refused.
   */
  servedAt: Date | null;
  streak: number;
  /** Seconds per question when the run is timed; null when untimed. Points always use the reference time. */
  timerSeconds: number | null;
  mode: TScoringMode;
};

export type TAnswerPlan = { ok: true; row: TScoredAnswerRow; streak: number } | { ok: "answered" } | TAnswerRejection;

export const notCurrentQuestion = (currentIndex: number): TAnswerRejection => ({
  ok: false,
  status: 409,
  code: "not_current_question",
  field: "questionId",
  message: `answer question ${currentIndex + 1} first`,
});

export const questionNotShown = (currentIndex: number): TAnswerRejection => ({
  ok: false,
  status: 409,
  code: "question_not_shown",
  field: "questionId",
  message: `question ${currentIndex + 1} has not been shown yet; ask for it first`,
});

/**
 * Plans one answer to question `position` of the run: "answered" when that question lies behind (a retry; the
 * stored answer is the reply), a refusal, or the row to store with the player's new streak. A timed answer later
 * than the timer plus ANSWER_GRACE_MS is kept but counts as wrong. The client's own time is believed within
 * the network allowance (answer-time.ts); without one, the server's measure counts.
 */
export function planAnswer(input: {
  run: TRunPosition;
  position: number;
  question: TStoredQuestion;
  answer: TAnswerValue | null;
  clientTimeMs: number | null;
  now: Date;
  /** Graded already (a typed answer in write mode). */
  graded?: { correct: boolean; closeness: number };
}): TAnswerPlan {
  const { run, position, question } = input;
  if (position < run.currentIndex || run.finished) return { ok: "answered" };
  if (position !== run.currentIndex) return notCurrentQuestion(run.currentIndex);
  if (!run.servedAt) return questionNotShown(run.currentIndex);

  const elapsed = input.now.getTime() - run.servedAt.getTime();
  const time = effectiveAnswerTime(input.clientTimeMs ?? elapsed, elapsed);
  if (!time.ok) return { ok: false, status: 422, code: "impossible_time", field: "timeMs", message: time.reason };

  // Points are measured against the kind's reference time whatever timer the player chose: the same answer in
  // the same time is worth the same (a long timer must not buy points). The timer only ends the question.
  const limitMs = REFERENCE_SECONDS[question.kind] * 1000;
  const timerMs = run.timerSeconds === null ? null : run.timerSeconds * 1000;
  // A timed question is over at its limit: the time stored and scored is at most the limit.
  const timeMs = timerMs === null ? time.timeMs : Math.min(time.timeMs, timerMs);
  try {
    const score = scoreQuestionAnswer({
      question,
      answer: input.answer,
      timeMs,
      limitMs,
      mode: run.mode,
      previousStreak: run.streak,
      late: timerMs !== null && time.timeMs > timerMs + ANSWER_GRACE_MS,
      graded: input.graded,
    });
    const row: TScoredAnswerRow = {
      questionId: question.id,
      position,
      answer: JSON.stringify(input.answer),
      correct: score.correct,
      points: score.points,
      bonus: score.bonus,
      accuracyPoints: score.accuracyPoints,
      timeMs,
    };
    return { ok: true, row, streak: score.streak };
  } catch (error) {
    if (!(error instanceof AnswerShapeError)) throw error;
    return {
      ok: false,
      status: 400,
      code: "invalid_input",
      field: "answer",
      message: `answer: ${error.message} for a ${question.kind} question`,
    };
  }
}
