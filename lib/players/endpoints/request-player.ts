// The app player behind a request, read from its Cookie header: works under Next.js and under the HTTP
// server's fast routes alike (no next/headers). Verified cookies are cached for a while (player-cache.ts).
import { getDb } from "@/lib/platform/db/client";
import { createPlayer, findPlayer } from "@/lib/players/queries/players";
import { type TPlayer } from "@/lib/players/types";
import { readCookie } from "@/lib/platform/http/cookies";
import { setCookieHeader } from "@/lib/platform/http/set-cookie";
import { formatPlayerCookie, parsePlayerCookie, PLAYER_COOKIE, PLAYER_COOKIE_MAX_AGE } from "@/lib/platform/crypto/identity";
import { cachedPlayer, rememberPlayer } from "@/lib/players/use-cases/player-cache";

/** The player a cookie value names, if its secret matches. */
export async function playerFromCookieValue(value: string | undefined): Promise<TPlayer | undefined> {
  const parsed = parsePlayerCookie(value);
  if (!value || !parsed) return undefined;
  const cached = cachedPlayer(value);
  if (cached) return cached;
  const player = await findPlayer(getDb(), parsed.playerId, parsed.secret);
  if (player) rememberPlayer(value, player);
  return player;
}

export function playerFromRequest(request: Request): Promise<TPlayer | undefined> {
  return playerFromCookieValue(readCookie(request.headers.get("cookie"), PLAYER_COOKIE));
}

/** The request's player, or a new anonymous one with the Set-Cookie header that gives the browser its identity. */
export async function ensureRequestPlayer(request: Request): Promise<{ player: TPlayer; setCookie?: string }> {
  const existing = await playerFromRequest(request);
  if (existing) return { player: existing };
  const { player, secret } = await createPlayer(getDb());
  const value = formatPlayerCookie(player.id, secret);
  return { player, setCookie: setCookieHeader(request, PLAYER_COOKIE, value, PLAYER_COOKIE_MAX_AGE) };
}
