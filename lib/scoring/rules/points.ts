// Points, as in the README's "Scoring": up to 1000 per question, more for a faster right answer but never
// less than half, times the closeness of a partly right answer; a streak bonus for consecutive right answers.
import type { TScoringMode } from "@/lib/scoring/types";
import type { TQuestionKind } from "@/questions/types";

export const MAX_POINTS = 1000;
export const STREAK_BONUS_STEP = 100;
export const STREAK_BONUS_MAX = 500;

/** The time a self-paced question is measured against when the player set no timer. */
export const REFERENCE_SECONDS: Record<TQuestionKind, number> = {
  truefalse: 15,
  single: 20,
  map: 25,
  multi: 30,
  numeric: 30,
  matching: 45,
  ordering: 45,
};

/** 1 for an instant answer, falling linearly to 0.5 at the time limit (and staying there). */
export function speedFactor(timeMs: number, limitMs: number): number {
  if (limitMs <= 0) return 0.5;
  return 1 - 0.5 * Math.min(1, Math.max(0, timeMs / limitMs));
}

export function questionPoints(input: { closeness: number; timeMs: number; limitMs: number; mode: TScoringMode }): number {
  const closeness = Math.min(1, Math.max(0, input.closeness));
  const factor = input.mode === "accuracy" ? 1 : speedFactor(input.timeMs, input.limitMs);
  return Math.round(MAX_POINTS * closeness * factor);
}

/** The bonus for the `streak`-th right answer in a row: none for the first, +100 per step, at most +500. */
export function streakBonus(streak: number, mode: TScoringMode): number {
  if (mode === "accuracy" || streak < 2) return 0;
  return Math.min(STREAK_BONUS_MAX, (streak - 1) * STREAK_BONUS_STEP);
}

export type TScoredAnswer = { points: number; bonus: number; streak: number };

/** Points, bonus and the new streak for one graded answer. */
export function scoreAnswer(input: {
  correct: boolean;
  closeness: number;
  timeMs: number;
  limitMs: number;
  mode: TScoringMode;
  previousStreak: number;
}): TScoredAnswer {
  const streak = input.correct ? input.previousStreak + 1 : 0;
  return {
    points: questionPoints(input),
    bonus: input.correct ? streakBonus(streak, input.mode) : 0,
    streak,
  };
}
