// The player behind a request, from the httpOnly cookie; created on first need. Through next/headers, for pages
// and server actions; endpoints that answer with a plain Response use request-player.ts.
import "server-only";
import { secureCookies } from "@/lib/platform/http/secure-cookies";
import { cookieAttributes } from "@/lib/platform/http/set-cookie";
import { cookies } from "next/headers";
import { getDb } from "@/lib/platform/db/client";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { createPlayer } from "@/lib/players/queries/players";
import { type TPlayer } from "@/lib/players/types";
import { playerFromCookieValue } from "./request-player";
import { formatPlayerCookie, PLAYER_COOKIE, PLAYER_COOKIE_MAX_AGE } from "@/lib/platform/crypto/identity";

export async function currentPlayer(): Promise<TPlayer | undefined> {
  return playerFromCookieValue((await cookies()).get(PLAYER_COOKIE)?.value);
}

export async function setPlayerCookie(playerId: string, secret: string): Promise<void> {
  (await cookies()).set(
    PLAYER_COOKIE,
    formatPlayerCookie(playerId, secret),
    cookieAttributes(await secureCookies(), PLAYER_COOKIE_MAX_AGE),
  );
}

/**
 * The current player, or a new anonymous one whose cookie is set on this response; new identities are counted
 * per address first (a bot making thousands a minute is refused before anything is created).
 */
export async function ensurePlayerWithin(
  request: Request,
): Promise<{ ok: true; player: TPlayer } | { ok: false; response: Response }> {
  const existing = await currentPlayer();
  if (existing) return { ok: true, player: existing };
  const limited = await rateLimit("identity", { address: clientAddress(request) });
  if (limited) return { ok: false, response: limited };
  return { ok: true, player: await ensurePlayer() };
}

/** The current player, or a new anonymous one whose cookie is set on this response. */
export async function ensurePlayer(): Promise<TPlayer> {
  const existing = await currentPlayer();
  if (existing) return existing;
  const { player, secret } = await createPlayer(getDb());
  await setPlayerCookie(player.id, secret);
  return player;
}
