import { randomInt } from "node:crypto";
import { attemptState, createAttempt } from "@/lib/attempts/queries/attempts";
import { getDb } from "@/lib/platform/db/client";
import { findGroup } from "@/lib/classes/queries/groups";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { readJson } from "@/lib/platform/http/body";
import { apiError, notFound } from "@/lib/platform/http/errors";
import { handler } from "@/lib/platform/http/handler";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { ensurePlayer } from "@/lib/players/endpoints/session";
import { localDate } from "@/lib/platform/time/periods";
import { ZStartAttempt } from "@/lib/attempts/schemas";
import { DAILY_SET_ID, dailyQuestionIds, orderForSeed } from "@/questions/sets";

export const dynamic = "force-dynamic";

/** Starts a self-paced attempt at a set: the server picks and orders the questions and serves the first. */
export const POST = handler(async (request: Request) => {
  const parsed = await readJson(request, ZStartAttempt);
  if (!parsed.ok) return parsed.response;
  const { setId, count, timerSeconds, groupId, seed } = parsed.data;
  const bank = await getQuestionBank();
  const set = bank.sets.find((candidate) => candidate.id === setId);
  if (!set) return notFound(`set "${setId}"`);

  const player = await ensurePlayer();
  const limited = await rateLimit("attempt", { player: player.id, address: clientAddress(request) });
  if (limited) return limited;

  let scoring: "speed" | "accuracy" = "speed";
  if (groupId) {
    const group = await findGroup(getDb(), groupId);
    if (!group) return notFound(`group "${groupId}"`);
    const member = await getDb().groupMember.findUnique({ where: { groupId_playerId: { groupId, playerId: player.id } } });
    if (!member) return apiError(403, "not_a_member", "join the group with its code before playing for it");
    scoring = group.scoring;
  }

  const ordered =
    set.id === DAILY_SET_ID
      ? dailyQuestionIds([...bank.questions.values()], localDate(new Date()))
      : orderForSeed(set.questionIds, seed ?? randomInt(1_000_000_000));
  const questionIds = ordered.filter((id) => bank.questions.has(id)).slice(0, count ?? ordered.length);
  if (!questionIds.length) return apiError(409, "empty_set", `set "${setId}" has no questions`);

  const attempt = await createAttempt(getDb(), { playerId: player.id, setId, questionIds, scoring, groupId, timerSeconds });
  return Response.json({ attempt: attemptState(attempt, bank) }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
