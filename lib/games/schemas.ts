// Inputs of the live games and assignments API, shared by the route handlers and the browser's forms.
import { z } from "zod";
import { HOST_ACTIONS, MAX_PLAYERS_LIMIT, MAX_SECONDS, MIN_SECONDS } from "./types";
import { ZAnswerValue, ZSetId } from "@/lib/attempts/schemas";
import { ZScoringMode } from "@/lib/classes/schemas";

export const MAX_GAME_QUESTIONS = 100;

/** Six digits; spaces and dashes as typed from a projector are ignored. */
export const ZGamePin = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "the PIN has 6 digits"));

const ZSeconds = z
  .number()
  .int("whole seconds")
  .min(MIN_SECONDS, `at least ${MIN_SECONDS} seconds per question`)
  .max(MAX_SECONDS, `at most ${MAX_SECONDS} seconds per question`);

export const ZCreateGame = z
  .strictObject({
    mode: z.enum(["live", "assignment"], { error: "expected live or assignment" }),
    setId: ZSetId,
    questionCount: z
      .number()
      .int()
      .min(1, "at least 1 question")
      .max(MAX_GAME_QUESTIONS, `at most ${MAX_GAME_QUESTIONS} questions`),
    // Live: required. Assignment: null for no timer.
    secondsPerQuestion: ZSeconds.nullable(),
    scoring: ZScoringMode,
    shuffle: z.boolean(),
    maxPlayers: z.number().int().min(1).max(MAX_PLAYERS_LIMIT, `at most ${MAX_PLAYERS_LIMIT} players`).optional(),
    // Assignments: ISO date and time after which no answer counts.
    deadline: z.iso.datetime({ offset: true, error: "expected a date and time" }).optional(),
    // For a class (one of the signed-in teacher's): its game reaches the class's board and reports.
    groupId: z.uuid("pick one of your classes").optional(),
  })
  .superRefine((input, context) => {
    if (input.mode === "live" && input.secondsPerQuestion === null) {
      context.addIssue({ code: "custom", path: ["secondsPerQuestion"], message: "a live game needs seconds per question" });
    }
    if (input.mode === "assignment") {
      if (!input.deadline) context.addIssue({ code: "custom", path: ["deadline"], message: "an assignment needs a deadline" });
      else if (Date.parse(input.deadline) <= Date.now())
        context.addIssue({ code: "custom", path: ["deadline"], message: "the deadline must be in the future" });
    }
  });
export type TCreateGame = z.infer<typeof ZCreateGame>;

export const ZJoinGame = z.strictObject({
  pin: ZGamePin,
  // Only a bound on the input: the nickname rules (lib/players/nickname.ts, with its word lists) run on the
  // server, so the browser's bundle need not carry them.
  nickname: z.string().max(100, "the nickname is far too long"),
});
export type TJoinGame = z.infer<typeof ZJoinGame>;

export const ZHostAction = z.discriminatedUnion("action", [
  z.strictObject({ action: z.enum(HOST_ACTIONS, { error: `expected one of ${HOST_ACTIONS.join(", ")} or kick` }) }),
  z.strictObject({ action: z.literal("kick"), playerId: z.uuid("expected a player id") }),
]);
export type THostActionInput = z.infer<typeof ZHostAction>;

export const ZGameAnswer = z.strictObject({
  questionIndex: z
    .number()
    .int()
    .min(0)
    .max(MAX_GAME_QUESTIONS - 1),
  // null: the time ran out before the player chose anything (assignments with a timer).
  answer: ZAnswerValue.nullable(),
  // The player's own measure, from showing the question to answering; believed within the network allowance.
  timeMs: z.number().int("expected whole milliseconds").min(0).max(3_600_000).nullable().optional(),
});
export type TGameAnswerInput = z.infer<typeof ZGameAnswer>;

export const ZPong = z.strictObject({ pingId: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, "expected the ping's id") });

export const ZRedeemHandover = z.strictObject({ code: z.string().trim().min(1, "enter the code").max(20) });
