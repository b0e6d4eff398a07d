// /api/games/join (POST): the endpoint its route file serves, and the HTTP server's fast path (app/api/fast-routes.ts)
// too: it reads the plain request and answers with Set-Cookie headers, nothing Next.js-specific.
import { readJson } from "@/lib/platform/http/body";
import { refused } from "@/lib/platform/http/errors";
import { clientAddress, guessLimit } from "@/lib/platform/http/rate-limit";
import { joinByPin } from "@/lib/games/use-cases/join-game";
import { requestLang } from "@/lib/platform/i18n/request-lang";
import { ensureRequestPlayer, playerFromRequest } from "@/lib/players/endpoints/request-player";
import { gamePlayerOfRequest, gamePlayerSetCookie } from "./player-cookie";
import { joinAdmission } from "./join-admission";
import { ZJoinGame } from "@/lib/games/schemas";

/** A player joins by PIN and nickname (or comes back, when this browser already plays in the game). */
export function joinGameEndpoint(request: Request): Promise<Response> {
  return joinAdmission().run(() => join(request));
}

async function join(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZJoinGame);
  if (!parsed.ok) return parsed.response;
  // Wrong PINs are counted per address; players already in a game are not touched by it.
  const guess = await guessLimit("join", clientAddress(request));
  if (guess.refused) return guess.refused;
  const headers = new Headers({ "Cache-Control": "no-store" });
  const result = await joinByPin(parsed.data.pin, parsed.data.nickname, {
    credentials: async (gameId) => gamePlayerOfRequest(request, gameId),
    lang: requestLang(request),
    appPlayer: async (create) => {
      if (!create) return playerFromRequest(request);
      const { player, setCookie } = await ensureRequestPlayer(request);
      if (setCookie) headers.append("Set-Cookie", setCookie);
      return player;
    },
  });
  if (!result.ok) {
    if (result.error.code === "unknown_pin") await guess.failed();
    return refused(result.error);
  }
  const { game, player, rejoined, secret } = result.joined;
  if (secret) headers.append("Set-Cookie", gamePlayerSetCookie(request, game.id, player.id, secret));
  return Response.json({ gameId: game.id, mode: game.mode, player, rejoined }, { status: rejoined ? 200 : 201, headers });
}
