// Starts a self-paced attempt: the server picks and orders the questions (the daily set: today's), checks that a
// player who plays for a class belongs to it, and stores the attempt with its first question served.
import { randomInt } from "node:crypto";
import type { TDb } from "@/lib/platform/db/client";
import { localDate } from "@/lib/platform/time/periods";
import { findGroup, isMember } from "@/lib/classes/queries/groups";
import type { TScoringMode } from "@/lib/scoring/types";
import type { TLoadedBank } from "@/lib/sets/types";
import { DAILY_SET_ID, dailyQuestionIds, orderForSeed } from "@/questions/sets";
import { createAttempt } from "@/lib/attempts/queries/attempts";
import type { TAttemptRow } from "@/lib/attempts/types";

export type TStartAttempt = {
  setId: string;
  count?: number;
  timerSeconds?: number | null;
  groupId?: string;
  seed?: number;
};

export type TStartResult =
  | { ok: true; attempt: TAttemptRow }
  | { ok: false; status: number; code: "not_found" | "not_a_member" | "empty_set"; message: string };

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

  const ordered =
    set.id === DAILY_SET_ID
      ? dailyQuestionIds([...bank.questions.values()], localDate(now))
      : orderForSeed(set.questionIds, input.seed ?? randomInt(1_000_000_000));
  const questionIds = ordered.filter((id) => bank.questions.has(id)).slice(0, input.count ?? ordered.length);
  if (!questionIds.length) return { ok: false, status: 409, code: "empty_set", message: `set "${input.setId}" has no questions` };

  const attempt = await createAttempt(
    db,
    { playerId, setId: set.id, questionIds, scoring, groupId: input.groupId, timerSeconds: input.timerSeconds },
    now,
  );
  return { ok: true, attempt };
}
