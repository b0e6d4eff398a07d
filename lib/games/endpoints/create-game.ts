// /api/games (POST): the endpoint its route file serves.
import { randomInt } from "node:crypto";
import { getDb } from "@/lib/platform/db/client";
import { createGame } from "@/lib/games/queries/games";
import { NoFreePinError } from "@/lib/games/queries/game-pins";
import { canManageGroup, findGroupByCode } from "@/lib/classes/queries/groups";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { pickGameQuestions } from "@/lib/games/rules/pick-questions";
import { DEFAULT_MAX_PLAYERS } from "@/lib/games/types";
import { readJson } from "@/lib/platform/http/body";
import { apiError, notFound } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { browserHostKey, setHostCookie } from "@/lib/games/endpoints/session";
import { localDate } from "@/lib/platform/time/periods";
import { ZCreateGame } from "@/lib/games/schemas";

/**
 * A teacher creates a live game or an assignment from a question set. The answer carries the PIN and the host
 * key; the key is also set as an httpOnly cookie, so this browser (and only it) controls the game.
 */
export async function createGameEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZCreateGame);
  if (!parsed.ok) return parsed.response;
  const limited = await rateLimit("write", { address: clientAddress(request) });
  if (limited) return limited;
  const input = parsed.data;
  const bank = await getQuestionBank();
  const set = bank.sets.find((candidate) => candidate.id === input.setId);
  if (!set) return notFound(`set "${input.setId}"`);

  let groupId: string | null = null;
  if (input.group) {
    const group = await findGroupByCode(getDb(), input.group.code);
    if (!group)
      return apiError(404, "unknown_group", "no group has this code", [{ field: "group.code", message: "unknown group code" }]);
    if (!(await canManageGroup(getDb(), group.id, input.group.manageKey))) {
      return apiError(403, "not_group_owner", "this key does not manage the group", [
        { field: "group.manageKey", message: "wrong key" },
      ]);
    }
    groupId = group.id;
  }

  const questionIds = pickGameQuestions({
    set,
    questions: bank.questions,
    count: input.questionCount,
    shuffle: input.shuffle,
    seed: randomInt(1_000_000_000),
    today: localDate(new Date()),
  });
  if (!questionIds.length) return apiError(409, "empty_set", `set "${input.setId}" has no questions`);

  const created = await createGame(
    getDb(),
    {
      mode: input.mode,
      setId: set.id,
      groupId,
      settings: {
        questionCount: questionIds.length,
        secondsPerQuestion: input.secondsPerQuestion,
        scoring: input.scoring,
        shuffle: input.shuffle,
        maxPlayers: input.maxPlayers ?? DEFAULT_MAX_PLAYERS,
        ...(input.mode === "assignment" ? { ownOrder: true } : {}),
      },
      questionIds,
      deadline: input.mode === "assignment" && input.deadline ? new Date(input.deadline) : null,
    },
    { hostKey: await browserHostKey() },
  ).catch((error: unknown) => {
    if (error instanceof NoFreePinError) return error;
    throw error;
  });
  if (created instanceof NoFreePinError) return apiError(503, "no_free_pin", created.message, undefined, { "Retry-After": "60" });
  const { game, hostKey } = created;
  await setHostCookie(hostKey);
  return Response.json(
    { game: { id: game.id, pin: game.pin, mode: game.mode, questionCount: questionIds.length }, hostKey },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
}
