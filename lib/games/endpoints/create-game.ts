// /api/games (POST): the endpoint its route file serves.
import { getDb } from "@/lib/platform/db/client";
import { findOwnedGroup } from "@/lib/classes/queries/groups";
import { DEFAULT_MAX_PLAYERS } from "@/lib/games/types";
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { browserHostKey, setHostCookie } from "@/lib/games/endpoints/session";
import { ZCreateGame } from "@/lib/games/schemas";
import { currentTeacherOf } from "@/lib/teachers/endpoints/session";
import { createGameFromOrder, type TCreated } from "@/lib/games/use-cases/create-game";

/**
 * A teacher creates a live game or an assignment from a question set. The answer carries the PIN and the host
 * key; the key is also set as an httpOnly cookie, so this browser controls the game. A signed-in teacher owns it
 * as well, and hosts it from any device signed in to the account.
 */
export async function createGameEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZCreateGame);
  if (!parsed.ok) return parsed.response;
  const limited = await rateLimit("write", { address: clientAddress(request) });
  if (limited) return limited;
  const input = parsed.data;
  const teacher = await currentTeacherOf(request);
  let groupId: string | null = null;
  if (input.groupId) {
    // Another teacher's class (or none) is not there for this teacher.
    const group = teacher ? await findOwnedGroup(getDb(), input.groupId, teacher.id) : undefined;
    if (!group)
      return apiError(404, "unknown_group", "you have no class with this id", [
        { field: "groupId", message: "not one of your classes" },
      ]);
    groupId = group.id;
  }
  const created = await createGameFromOrder(
    getDb(),
    {
      mode: input.mode,
      setId: input.setId,
      settings: {
        questionCount: input.questionCount,
        secondsPerQuestion: input.secondsPerQuestion,
        scoring: input.scoring,
        shuffle: input.shuffle,
        maxPlayers: input.maxPlayers ?? DEFAULT_MAX_PLAYERS,
      },
      groupId,
      ownerId: teacher?.id ?? null,
      deadline: input.mode === "assignment" && input.deadline ? new Date(input.deadline) : null,
    },
    await browserHostKey(),
  );
  return createdResponse(created);
}

/** 201 with the new game (and the host cookie set), or the refusal. */
export async function createdResponse(created: TCreated): Promise<Response> {
  if (!created.ok)
    return apiError(
      created.status,
      created.code,
      created.message,
      undefined,
      created.retryAfter ? { "Retry-After": String(created.retryAfter) } : undefined,
    );
  const { game, hostKey } = created;
  await setHostCookie(hostKey);
  return Response.json(
    { game: { id: game.id, pin: game.pin, mode: game.mode, questionCount: created.questionCount }, hostKey },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
}
