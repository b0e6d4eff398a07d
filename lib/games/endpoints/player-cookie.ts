// The game player's cookie: `<gamePlayerId>.<secret>` under a name per game. Read from the request's Cookie
// header and set as a plain Set-Cookie header, so the player endpoints (the join included) run the same under
// Next.js and under the HTTP server's fast path.
import { readCookie } from "@/lib/platform/http/cookies";
import { setCookieHeader } from "@/lib/platform/http/set-cookie";
import { formatPlayerCookie, parsePlayerCookie } from "@/lib/platform/crypto/identity";

/** A school day: the cookie outlives any lesson, then the browser forgets it. */
const GAME_PLAYER_COOKIE_MAX_AGE = 60 * 60 * 12;

export const gamePlayerCookieName = (gameId: string) => `quiz_game_${gameId}`;

export function gamePlayerFromCookies(
  cookieHeader: string | null,
  gameId: string,
): { gamePlayerId: string; secret: string } | undefined {
  const parsed = parsePlayerCookie(readCookie(cookieHeader, gamePlayerCookieName(gameId)));
  return parsed ? { gamePlayerId: parsed.playerId, secret: parsed.secret } : undefined;
}

/** The game player a request carries the cookie of, if any (not yet checked against the stored secret). */
export function gamePlayerOfRequest(request: Request, gameId: string): { gamePlayerId: string; secret: string } | undefined {
  return gamePlayerFromCookies(request.headers.get("cookie"), gameId);
}

/** The Set-Cookie header that makes this browser the game player from now on. */
export function gamePlayerSetCookie(request: Request, gameId: string, gamePlayerId: string, secret: string): string {
  return setCookieHeader(
    request,
    gamePlayerCookieName(gameId),
    formatPlayerCookie(gamePlayerId, secret),
    GAME_PLAYER_COOKIE_MAX_AGE,
  );
}
