// An attempt for the player behind a request: unknown ids are 404, another player's attempt 403. Reads the
// cookie from the request itself, so it serves Next.js route handlers and the HTTP server's fast routes alike.
import { getDb } from "@/lib/platform/db/client";
import type { TAttemptRow } from "@/lib/attempts/types";
import type { TPlayer } from "@/lib/players/types";
import { apiError, notFound } from "@/lib/platform/http/errors";
import { playerFromRequest } from "@/lib/players/endpoints/request-player";

export async function attemptOfRequest(
  request: Request,
  id: string,
): Promise<{ ok: true; attempt: TAttemptRow; player: TPlayer } | { ok: false; response: Response }> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return { ok: false, response: notFound(`attempt "${id}"`) };
  const [attempt, player] = await Promise.all([getDb().attempt.findUnique({ where: { id } }), playerFromRequest(request)]);
  if (!attempt) return { ok: false, response: notFound(`attempt "${id}"`) };
  if (!player || player.id !== attempt.playerId) {
    return { ok: false, response: apiError(403, "not_your_attempt", "this attempt belongs to another player") };
  }
  return { ok: true, attempt, player };
}
