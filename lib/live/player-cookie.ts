// The game player's cookie: `<gamePlayerId>.<secret>` under a name per game. Read from the request's Cookie
// header, so the player endpoints run the same under Next.js and under the HTTP server's fast path.
import { parsePlayerCookie } from "../players/identity";

export const gamePlayerCookieName = (gameId: string) => `quiz_game_${gameId}`;

export function gamePlayerFromCookies(cookieHeader: string | null, gameId: string): { gamePlayerId: string; secret: string } | undefined {
  const name = `${gamePlayerCookieName(gameId)}=`;
  const raw = cookieHeader
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(name))
    ?.slice(name.length);
  const parsed = parsePlayerCookie(raw ? decodeURIComponent(raw) : undefined);
  return parsed ? { gamePlayerId: parsed.playerId, secret: parsed.secret } : undefined;
}
