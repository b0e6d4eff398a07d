// /api/me/recovery (POST): the endpoint its route file serves.
import { getDb } from "@/lib/platform/db/client";
import { issueRecoveryCode } from "@/lib/players/queries/players";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { currentPlayer } from "@/lib/players/endpoints/session";

/** A new recovery code for moving this player to another device (shown once; an earlier code stops working). */
export async function recoveryCodeEndpoint(request: Request): Promise<Response> {
  const player = await currentPlayer();
  if (!player) return apiError(404, "no_player", "play a quiz first; there is no player to recover yet");
  const limited = await rateLimit("write", { player: player.id, address: clientAddress(request) });
  if (limited) return limited;
  return Response.json({ code: await issueRecoveryCode(getDb(), player.id) }, { headers: { "Cache-Control": "no-store" } });
}
