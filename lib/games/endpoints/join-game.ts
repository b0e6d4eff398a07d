// /api/games/join (POST): the endpoint its route file serves.
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress, guessLimit } from "@/lib/platform/http/rate-limit";
import { joinByPin } from "@/lib/games/use-cases/join-game";
import { getLang } from "@/lib/platform/i18n/server";
import { currentPlayer, ensurePlayer } from "@/lib/players/endpoints/session";
import { gamePlayerCredentials, setGamePlayerCookie } from "./session";
import { ZJoinGame } from "@/lib/games/schemas";

/** A player joins by PIN and nickname (or comes back, when this browser already plays in the game). */
export async function joinGameEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZJoinGame);
  if (!parsed.ok) return parsed.response;
  // Wrong PINs are counted per address; players already in a game are not touched by it.
  const guess = await guessLimit("join", clientAddress(request));
  if (guess.refused) return guess.refused;
  const result = await joinByPin(parsed.data.pin, parsed.data.nickname, {
    credentials: gamePlayerCredentials,
    lang: await getLang(),
    appPlayer: (create) => (create ? ensurePlayer() : currentPlayer()),
  });
  if (!result.ok) {
    if (result.error.code === "unknown_pin") await guess.failed();
    const { status, code, message, field } = result.error;
    return apiError(status, code, message, field ? [{ field, message }] : undefined);
  }
  const { game, player, rejoined, secret } = result.joined;
  if (secret) await setGamePlayerCookie(game.id, player.id, secret);
  return Response.json(
    { gameId: game.id, mode: game.mode, player, rejoined },
    { status: rejoined ? 200 : 201, headers: { "Cache-Control": "no-store" } },
  );
}
