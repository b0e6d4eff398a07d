// Who is behind a request to a game: the host (the key given to the browser that created the game, in an
// httpOnly cookie, or as a Bearer token for scripts). A player (their own secret in an httpOnly cookie per game,
// so a reload, a dropped connection or a locked phone comes back as the same player) is read from the plain
// request and set as a Set-Cookie header (player-cookie.ts), so joining runs on the HTTP server's fast path too.
import "server-only";
import { cookies } from "next/headers";
import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { findGame, isHostKey, type TGameRow } from "@/lib/games/queries/games";
import { isHostDevice } from "@/lib/games/queries/handover";
import { currentTeacher, currentTeacherOf } from "@/lib/teachers/endpoints/session";
import { apiError, notFound } from "@/lib/platform/http/errors";
import { endIfDeadlinePassed } from "@/lib/games/use-cases/steps";
import { secureCookies } from "@/lib/platform/http/secure-cookies";
import { cookieAttributes } from "@/lib/platform/http/set-cookie";
import { newSecret } from "@/lib/platform/crypto/identity";

const HOST_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;

// One host key per browser, in one cookie, for every game it creates. A cookie per game (30 days each) made the
// Cookie header too large after about 190 games, and every request failed with 431.
export const HOST_COOKIE = "quiz_host";
/** The cookie of one game, as set before: still honoured, so games created before the change stay controllable. */
export const hostCookieName = (gameId: string) => `quiz_host_${gameId}`;

const cookieOptions = async (maxAge: number) => cookieAttributes(await secureCookies(), maxAge);

/** The host key this browser already has (for a new game), or a fresh one. */
export async function browserHostKey(): Promise<string> {
  const current = (await cookies()).get(HOST_COOKIE)?.value;
  return current && /^[A-Za-z0-9_-]{32}$/.test(current) ? current : newSecret();
}

/** Sets (or renews for another 30 days) the browser's one host cookie. */
export async function setHostCookie(hostKey: string): Promise<void> {
  (await cookies()).set(HOST_COOKIE, hostKey, await cookieOptions(HOST_COOKIE_MAX_AGE));
}

/** The host keys a request carries: `Authorization: Bearer <key>`, or the host cookie (and an older per-game one). */
export async function hostKeysOf(request: Request | undefined, gameId: string): Promise<string[]> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request?.headers.get("authorization") ?? "")?.[1];
  if (bearer) return [bearer];
  const jar = await cookies();
  return [jar.get(HOST_COOKIE)?.value, jar.get(hostCookieName(gameId))?.value].filter((key): key is string => Boolean(key));
}

/**
 * Whether the request may control the game: its owner signed in on any device, the browser that created it (its
 * host key), or a device the game was handed to with a one-time code (a key of its own, per game).
 */
export async function isGameHost(request: Request | undefined, game: TGameRow): Promise<boolean> {
  const keys = await hostKeysOf(request, game.id);
  if (keys.some((key) => isHostKey(game, key))) return true;
  if (await isHostDevice(getDb(), game.id, keys)) return true;
  if (!game.ownerId) return false;
  const teacher = request ? await currentTeacherOf(request) : await currentTeacher();
  return teacher?.id === game.ownerId;
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
    return {
      ok: false,
      response: apiError(
        403,
        "not_host",
        "only its teacher can control this game: sign in, or open it with a code from “Auf anderem Gerät steuern”",
      ),
    };
  }
  return loaded;
}
