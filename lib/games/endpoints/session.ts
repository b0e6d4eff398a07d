// Who is behind a request to a game: the host (the key given to the browser that created the game, in an
// httpOnly cookie, or as a Bearer token for scripts) or a player (their own secret in an httpOnly cookie per
// game, so a reload, a dropped connection or a locked phone comes back as the same player).
import "server-only";
import { appConfig } from "@/lib/platform/config/app";
import { cookies } from "next/headers";
import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { findGame, isHostKey, type TGameRow } from "@/lib/games/queries/games";
import { apiError, notFound } from "@/lib/platform/http/errors";
import { gamePlayerCookieName, gamePlayerFromCookies } from "./player-cookie";
import { endIfDeadlinePassed } from "@/lib/games/use-cases/steps";
import { formatPlayerCookie } from "@/lib/platform/crypto/identity";

const PLAYER_COOKIE_MAX_AGE = 60 * 60 * 12;
const HOST_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;

export const hostCookieName = (gameId: string) => `quiz_host_${gameId}`;

const cookieOptions = (maxAge: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  maxAge,
  secure: appConfig().cookieSecure === "always",
});

export async function setGamePlayerCookie(gameId: string, gamePlayerId: string, secret: string): Promise<void> {
  (await cookies()).set(
    gamePlayerCookieName(gameId),
    formatPlayerCookie(gamePlayerId, secret),
    cookieOptions(PLAYER_COOKIE_MAX_AGE),
  );
}

export async function gamePlayerCredentials(gameId: string): Promise<{ gamePlayerId: string; secret: string } | undefined> {
  return gamePlayerFromCookies((await cookies()).toString(), gameId);
}

export async function setHostCookie(gameId: string, hostKey: string): Promise<void> {
  (await cookies()).set(hostCookieName(gameId), hostKey, cookieOptions(HOST_COOKIE_MAX_AGE));
}

/** The host key a request carries: `Authorization: Bearer <key>` or the host cookie. */
export async function hostKeyOf(request: Request | undefined, gameId: string): Promise<string | undefined> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request?.headers.get("authorization") ?? "")?.[1];
  return bearer ?? (await cookies()).get(hostCookieName(gameId))?.value;
}

export async function isGameHost(request: Request | undefined, game: TGameRow): Promise<boolean> {
  return isHostKey(game, await hostKeyOf(request, game.id));
}

type TLoaded = { ok: true; game: TGameRow } | { ok: false; response: Response };

/** The game of a route (unknown → 404), with an assignment past its deadline ended on the way. */
export async function loadGame(id: string): Promise<TLoaded> {
  const game = await findGame(getDb(), id);
  if (!game) return { ok: false, response: notFound(`game "${id}"`) };
  return { ok: true, game: await endIfDeadlinePassed(getDbHandle(), game) };
}

/** The game, if the request comes from its host; 403 for anyone else (a student who knows the PIN included). */
export async function loadGameAsHost(request: Request, id: string): Promise<TLoaded> {
  const loaded = await loadGame(id);
  if (!loaded.ok) return loaded;
  if (!(await isGameHost(request, loaded.game))) {
    return { ok: false, response: apiError(403, "not_host", "only the browser that created this game can control it") };
  }
  return loaded;
}
