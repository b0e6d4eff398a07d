// The player behind a request to a game's player endpoints, from their game cookie.
import { getDb } from "@/lib/platform/db/client";
import { apiError, notFound } from "@/lib/platform/http/errors";
import { gamePlayerFromCookies } from "./player-cookie";
import type { TPlayerSlot } from "@/lib/games/use-cases/room";
import { getLiveGame, type TLiveGame } from "@/lib/games/use-cases/runtime";

export async function livePlayer(
  request: Request,
  gameId: string,
): Promise<{ ok: true; live: TLiveGame; slot: TPlayerSlot } | { ok: false; response: Response }> {
  const live = await getLiveGame(gameId);
  if (!live) return { ok: false, response: notFound(`game "${gameId}"`) };
  const credentials = gamePlayerFromCookies(request.headers.get("cookie"), gameId);
  const slot = credentials && (await live.room.authenticate(getDb(), credentials.gamePlayerId, credentials.secret));
  if (!slot) return { ok: false, response: apiError(401, "not_joined", "join the game with its PIN first") };
  if (slot.kicked) return { ok: false, response: apiError(403, "player_removed", "the host removed you from this game") };
  return { ok: true, live, slot };
}
