// Inputs of the self-paced quiz API, shared by the route handlers and the browser.
import { z } from "zod";

export const ZSetId = z.string().regex(/^[a-z0-9-]{1,40}$/, "expected a set id such as asia");
// A question's id as the attempt showed it (sealed: "q" and 12 letters), or as the bank knows it.
export const ZQuestionId = z
  .string()
  .regex(/^(q[A-Za-z0-9_-]{12}|[a-z]{2}-[0-9a-f]{10})$/, "expected the question's id as the attempt gave it");

export const ZStartAttempt = z.strictObject({
  setId: ZSetId,
  count: z.number().int().min(1).max(500).optional(),
  timerSeconds: z.number().int().min(5).max(120).nullable().optional(),
  groupId: z.string().uuid("expected a group id").optional(),
  // Fixes the question order (the same seed, the same order); random when absent.
  seed: z.number().int().min(0).max(1_000_000_000).optional(),
  // "Fehler üben": a finished attempt of the same player whose missed questions make the new quiz. Only the
  // attempt is named, never questions: sealed ids cannot be used to pick what is asked.
  retryOf: z.string().uuid("expected an attempt id").optional(),
  // "write": names and countries are typed (write mode); only the questions whose answer is one are asked.
  mode: z.enum(["choice", "write"], { error: "expected choice or write" }).optional(),
});
export type TStartAttempt = z.infer<typeof ZStartAttempt>;

const ZId = z.string().min(1).max(64);

export const ZAnswerValue = z.union([ZId, z.number().finite(), z.array(ZId).max(20), z.array(z.tuple([ZId, ZId])).max(20)]);

export const ZSubmitAnswer = z.strictObject({
  questionId: ZQuestionId,
  // null: the time ran out before the player chose anything.
  answer: ZAnswerValue.nullable(),
  timeMs: z
    .number()
    .int("expected whole milliseconds")
    .min(0, "a time cannot be negative")
    .max(3_600_000, "a time of over an hour is impossible"),
});
export type TSubmitAnswer = z.infer<typeof ZSubmitAnswer>;

export const ZPostAttempt = z.strictObject({
  nickname: z.string().max(100).optional(),
});
