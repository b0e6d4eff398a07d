// The player behind a request, from the httpOnly cookie; created on first need.
import "server-only";
import { cookies } from "next/headers";
import { getDb } from "../db/client";
import { createPlayer, findPlayer, type TPlayer } from "../db/players";
import { cachedPlayer, rememberPlayer } from "./player-cache";
import { formatPlayerCookie, parsePlayerCookie, PLAYER_COOKIE, PLAYER_COOKIE_MAX_AGE } from "../players/identity";

export async function currentPlayer(): Promise<TPlayer | undefined> {
  const value = (await cookies()).get(PLAYER_COOKIE)?.value;
  const parsed = parsePlayerCookie(value);
  if (!value || !parsed) return undefined;
  const cached = cachedPlayer(value);
  if (cached) return cached;
  const player = await findPlayer(getDb(), parsed.playerId, parsed.secret);
  if (player) rememberPlayer(value, player);
  return player;
}

export async function setPlayerCookie(playerId: string, secret: string): Promise<void> {
  (await cookies()).set(PLAYER_COOKIE, formatPlayerCookie(playerId, secret), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: PLAYER_COOKIE_MAX_AGE,
    secure: process.env.COOKIE_SECURE === "1",
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
