// The learner's progress as kept in the browser: validated on load and on import, so a damaged or foreign
// file is refused instead of breaking the pages. Only types leave this module for the pages' first load; the
// schemas themselves load on demand (validate.ts), with zod/mini, the tree-shakable form of zod.
import * as z from "zod/mini";
import { PROGRESS_VERSION } from "./defaults";

const ZIso = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), "expected a date"));

export const ZAnswerRecord = z.object({
  questionId: z.string(),
  setId: z.string(),
  attemptId: z.optional(z.string()),
  kind: z.string(),
  factIds: z.array(z.string()),
  countries: z.array(z.string()),
  themes: z.array(z.string()),
  correct: z.boolean(),
  closeness: z.number().check(z.gte(0), z.lte(1)),
  at: ZIso,
  source: z.enum(["quiz", "learn", "flashcards", "live"]),
});
export type TAnswerRecord = z.infer<typeof ZAnswerRecord>;

export const ZAttemptRecord = z.object({
  attemptId: z.string(),
  setId: z.string(),
  score: z.number(),
  correct: z.int(),
  total: z.int(),
  durationMs: z.number(),
  finishedAt: ZIso,
});
export type TAttemptRecord = z.infer<typeof ZAttemptRecord>;

/** A ts-fsrs card as JSON (dates as ISO strings). */
export const ZFsrsCard = z.object({
  due: ZIso,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.int(),
  lapses: z.int(),
  state: z.int().check(z.gte(0), z.lte(3)),
  last_review: z.optional(ZIso),
});
export type TFsrsCardJson = z.infer<typeof ZFsrsCard>;

/** A rating of a fact's card in learn mode or flashcards, kept like Anki's review log: it drives the daily
 * new-card limit, the study streak and the reviews-per-day statistics. */
export const ZReviewRecord = z.object({
  factId: z.string(),
  rating: z.int().check(z.gte(1), z.lte(4)),
  /** The card's FSRS state before the rating (0 new, 1 learning, 2 review, 3 relearning). */
  state: z.int().check(z.gte(0), z.lte(3)),
  at: ZIso,
  source: z.enum(["learn", "flashcards"]),
});
export type TReviewRecord = z.infer<typeof ZReviewRecord>;

export const ZSettings = z.object({
  timerSeconds: z.nullable(z.int().check(z.gte(5), z.lte(120))),
  quizLength: z.union([z.literal(10), z.literal(20), z.literal("all")]),
  /** How many facts learn mode introduces per day (Anki's "new cards/day"). */
  newCardsPerDay: z.int().check(z.gte(1), z.lte(100)),
});
export type TSettings = z.infer<typeof ZSettings>;

export const ZProgressState = z.object({
  activeAttempts: z.record(z.string(), z.object({ attemptId: z.string(), startedAt: ZIso })),
  answers: z.array(ZAnswerRecord),
  attempts: z.array(ZAttemptRecord),
  cards: z.record(z.string(), ZFsrsCard),
  reviewLog: z.array(ZReviewRecord),
  settings: ZSettings,
});
export type TProgressData = z.infer<typeof ZProgressState>;

/** The file an export writes and an import reads. */
export const ZProgressExport = z.object({
  app: z.literal("verbuendete-quiz"),
  version: z.int().check(z.gte(1), z.lte(PROGRESS_VERSION)),
  exportedAt: ZIso,
  progress: z.unknown(),
});
