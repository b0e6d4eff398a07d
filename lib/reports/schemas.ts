// Inputs of the report and review API, shared by the route handlers and the browser's forms.
import { z } from "zod";
import { MAX_REPORT_COMMENT, MAX_RETIRE_REASON, REPORT_REASONS } from "@/lib/reports/types";

// The id the mode showed: sealed ("q" and 12 letters) in graded modes, the bank's own in learn mode and flashcards.
const ZSealedId = z.string().regex(/^q[A-Za-z0-9_-]{12}$/, "expected the question's id as the quiz or game gave it");
export const ZPublicQuestionId = z.string().regex(/^[a-z]{2}-[0-9a-f]{10}$/, "expected a question id such as mc-0123456789");
const ZUuid = z.string().uuid("expected the id of the attempt or game the question was shown in");

const ZReason = z.enum(REPORT_REASONS, { error: `expected one of: ${REPORT_REASONS.join(", ")}` });
const ZComment = z
  .string()
  .trim()
  .max(MAX_REPORT_COMMENT, `a comment may have at most ${MAX_REPORT_COMMENT} characters`)
  .optional();

const base = { reason: ZReason, comment: ZComment };

export const ZReportInput = z.discriminatedUnion(
  "mode",
  [
    z.strictObject({ mode: z.enum(["learn", "flashcards"]), questionId: ZPublicQuestionId, ...base }),
    z.strictObject({ mode: z.literal("quiz"), questionId: ZSealedId, attemptId: ZUuid, ...base }),
    z.strictObject({ mode: z.enum(["live", "assignment"]), questionId: ZSealedId, gameId: ZUuid, ...base }),
  ],
  { error: "expected mode: quiz, learn, flashcards, live or assignment" },
);
export type TReportInput = z.infer<typeof ZReportInput>;

export const ZReviewSignIn = z.strictObject({ secret: z.string().min(1, "enter the secret").max(500) });

export const ZReviewAction = z.discriminatedUnion(
  "action",
  [
    z.strictObject({ action: z.literal("dismiss") }),
    z.strictObject({
      action: z.literal("retire"),
      reason: z
        .string()
        .trim()
        .min(3, "say why the question is retired (at least 3 characters)")
        .max(MAX_RETIRE_REASON, `a reason may have at most ${MAX_RETIRE_REASON} characters`),
    }),
    z.strictObject({ action: z.literal("restore") }),
  ],
  { error: "expected action: dismiss, retire or restore" },
);
export type TReviewAction = z.infer<typeof ZReviewAction>;
