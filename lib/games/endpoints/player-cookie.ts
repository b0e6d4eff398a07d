// The game player's cookie: `<gamePlayerId>.<secret>` under a name per game. Read from the request's Cookie
// header, so the player endpoints run the same under Next.js and under the HTTP server's fast path.
import { readCookie } from "@/lib/platform/http/cookies";
import { parsePlayerCookie } from "@/lib/platform/crypto/identity";

export const gamePlayerCookieName = (gameId: string) => `quiz_game_${gameId}`;

export function gamePlayerFromCookies(
  cookieHeader: string | null,
  gameId: string,
): { gamePlayerId: string; secret: string } | undefined {
  const parsed = parsePlayerCookie(readCookie(cookieHeader, gamePlayerCookieName(gameId)));
  return parsed ? { gamePlayerId: parsed.playerId, secret: parsed.secret } : undefined;
}
