// The player behind a request, from the httpOnly cookie; created on first need.
import "server-only";
import { cookies } from "next/headers";
import { getDb } from "../db/client";
import { secureCookies } from "../http/secure-cookies";
import { createPlayer, type TPlayer } from "../db/players";
import { playerFromCookieValue } from "./request-player";
import { formatPlayerCookie, PLAYER_COOKIE, PLAYER_COOKIE_MAX_AGE } from "../players/identity";

export async function currentPlayer(): Promise<TPlayer | undefined> {
  return playerFromCookieValue((await cookies()).get(PLAYER_COOKIE)?.value);
}

export async function setPlayerCookie(playerId: string, secret: string): Promise<void> {
  (await cookies()).set(PLAYER_COOKIE, formatPlayerCookie(playerId, secret), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: PLAYER_COOKIE_MAX_AGE,
    secure: await secureCookies(),
  });
}

/** The current player, or a new anonymous one whose cookie is set on this response. */
export async function ensurePlayer(): Promise<TPlayer> {
  const existing = await currentPlayer();
  if (existing) return existing;
  const { player, secret } = await createPlayer(getDb());
  await setPlayerCookie(player.id, secret);
  return player;
}
