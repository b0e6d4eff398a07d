// Loads an attempt for the player behind the request: unknown ids are 404, another player's attempt 403.
import "server-only";
import { getDb } from "../db/client";
import type { TAttemptRow } from "../db/attempts";
import type { TPlayer } from "../db/players";
import { apiError, notFound } from "../http/errors";
import { currentPlayer } from "./player";

export async function attemptOfCurrentPlayer(
  id: string,
): Promise<{ ok: true; attempt: TAttemptRow; player: TPlayer } | { ok: false; response: Response }> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return { ok: false, response: notFound(`attempt "${id}"`) };
  const attempt = await getDb().attempt.findUnique({ where: { id } });
  if (!attempt) return { ok: false, response: notFound(`attempt "${id}"`) };
  const player = await currentPlayer();
  if (!player || player.id !== attempt.playerId) {
    return { ok: false, response: apiError(403, "not_your_attempt", "this attempt belongs to another player") };
  }
  return { ok: true, attempt, player };
}
