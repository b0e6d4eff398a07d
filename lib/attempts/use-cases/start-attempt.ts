// Starts a self-paced attempt: the server picks and orders the questions (the daily set: today's), checks that a
// player who plays for a class belongs to it, and stores the attempt with its first question served.
import { randomInt } from "node:crypto";
import type { TDb } from "@/lib/platform/db/client";
import { localDate } from "@/lib/platform/time/periods";
import { findGroup, isMember } from "@/lib/classes/queries/groups";
import type { TScoringMode } from "@/lib/scoring/types";
import type { TLoadedBank } from "@/lib/sets/types";
import { DAILY_SET_ID, dailyQuestionIds, drawBalanced } from "@/questions/sets";
import { attemptAnswerRows, createAttempt, findAttempt } from "@/lib/attempts/queries/attempts";
import type { TAttemptRow } from "@/lib/attempts/types";
import { isWriteable, type TAnswerMode } from "@/lib/attempts/rules/write-mode";

export type TStartAttempt = {
  setId: string;
  count?: number;
  timerSeconds?: number | null;
  groupId?: string;
  seed?: number;
  retryOf?: string;
  mode?: TAnswerMode;
};

export type TStartResult =
  | { ok: true; attempt: TAttemptRow }
  | {
      ok: false;
      status: number;
      code: "not_found" | "not_a_member" | "empty_set" | "not_your_attempt" | "attempt_not_finished" | "nothing_missed";
      message: string;
    };

/**
 * The questions a finished attempt of this player missed (not fully right), in the order they were asked: the
 * whole of a "Fehler üben" quiz. Taken from the stored answers, so a client can name no question of its own.
 */
async function missedQuestionIds(
  db: TDb,
  playerId: string,
  attemptId: string,
  setId: string,
): Promise<{ ok: true; questionIds: string[]; answerMode: TAnswerMode } | Extract<TStartResult, { ok: false }>> {
  const source = await findAttempt(db, attemptId);
  if (!source || source.setId !== setId) {
    return { ok: false, status: 404, code: "not_found", message: `attempt "${attemptId}" at set "${setId}" does not exist` };
  }
  if (source.playerId !== playerId) {
    return { ok: false, status: 403, code: "not_your_attempt", message: "this attempt belongs to another player" };
  }
  if (!source.finishedAt) {
    return { ok: false, status: 409, code: "attempt_not_finished", message: "finish the quiz before practising its mistakes" };
  }
  const missed = (await attemptAnswerRows(db, attemptId)).filter((row) => !row.correct).map((row) => row.questionId);
  if (!missed.length) return { ok: false, status: 409, code: "nothing_missed", message: "every answer of that quiz was right" };
  return { ok: true, questionIds: missed, answerMode: source.answerMode === "write" ? "write" : "choice" };
}

export async function startAttempt(
  db: TDb,
  bank: TLoadedBank,
  playerId: string,
  input: TStartAttempt,
  now: Date = new Date(),
): Promise<TStartResult> {
  const set = bank.sets.find((candidate) => candidate.id === input.setId);
  if (!set) return { ok: false, status: 404, code: "not_found", message: `set "${input.setId}" does not exist` };

  let scoring: TScoringMode = "speed";
  if (input.groupId) {
    const group = await findGroup(db, input.groupId);
    if (!group) return { ok: false, status: 404, code: "not_found", message: `group "${input.groupId}" does not exist` };
    if (!(await isMember(db, group.id, playerId))) {
      return { ok: false, status: 403, code: "not_a_member", message: "join the group with its code before playing for it" };
    }
    scoring = group.scoring;
  }

  let questionIds: string[];
  let answerMode: TAnswerMode = input.mode ?? "choice";
  if (input.retryOf) {
    const missed = await missedQuestionIds(db, playerId, input.retryOf, set.id);
    if (!missed.ok) return missed;
    questionIds = missed.questionIds.filter((id) => bank.questions.has(id));
    // The mistakes are practised the way they were made: typed ones typed again.
    answerMode = missed.answerMode;
  } else if (set.id === DAILY_SET_ID) {
    questionIds = dailyQuestionIds([...bank.questions.values()], localDate(now));
  } else {
    // A balanced mix of kinds, never the same question twice (questions/sets.ts).
    const pool = set.questionIds.flatMap((id) => bank.questions.get(id) ?? []);
    questionIds = drawBalanced(
      input.mode === "write" ? pool.filter(isWriteable) : pool,
      `order:${input.seed ?? randomInt(1_000_000_000)}`,
      input.count ?? pool.length,
    );
  }
  // Write mode asks only what can be typed: a person or a country.
  if (answerMode === "write") questionIds = questionIds.filter((id) => isWriteable(bank.questions.get(id)!));
  if (!questionIds.length) return { ok: false, status: 409, code: "empty_set", message: `set "${input.setId}" has no questions` };

  const attempt = await createAttempt(
    db,
    {
      playerId,
      setId: set.id,
      questionIds,
      scoring,
      groupId: input.groupId,
      timerSeconds: input.timerSeconds,
      answerMode,
    },
    now,
  );
  return { ok: true, attempt };
}
