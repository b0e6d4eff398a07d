// Grades and scores one answer with the app's scoring (lib/scoring), for every way of answering: the points by
// the mode, the streak bonus and what accuracy alone would give (for class boards that count accuracy only).
import { gradeAnswer } from "@/lib/scoring/rules/grade";
import { type TAnswerValue } from "@/lib/scoring/types";
import { questionPoints, scoreAnswer } from "@/lib/scoring/rules/points";
import { type TScoringMode } from "@/lib/scoring/types";
import type { TStoredQuestion } from "@/questions/types";

export type TQuestionScore = {
  correct: boolean;
  closeness: number;
  points: number;
  bonus: number;
  accuracyPoints: number;
  streak: number;
};

/** Throws AnswerShapeError for an answer that does not fit the question. */
export function scoreQuestionAnswer(input: {
  question: TStoredQuestion;
  answer: TAnswerValue | null;
  timeMs: number;
  limitMs: number;
  mode: TScoringMode;
  previousStreak: number;
  /** A timed answer that came too late is kept but counts as wrong. */
  late?: boolean;
  /** Graded already (a typed answer in write mode); otherwise graded here against the question's key. */
  graded?: { correct: boolean; closeness: number };
}): TQuestionScore {
  const graded = input.graded ?? gradeAnswer(input.question, input.answer);
  const correct = graded.correct && !input.late;
  const closeness = input.late ? 0 : graded.closeness;
  const scored = scoreAnswer({
    correct,
    closeness,
    timeMs: input.timeMs,
    limitMs: input.limitMs,
    mode: input.mode,
    previousStreak: input.previousStreak,
  });
  const accuracyPoints = questionPoints({ closeness, timeMs: input.timeMs, limitMs: input.limitMs, mode: "accuracy" });
  return { correct, closeness, points: scored.points, bonus: scored.bonus, accuracyPoints, streak: scored.streak };
}
