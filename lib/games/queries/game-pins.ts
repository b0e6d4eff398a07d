// Keeping game PINs free: there are only 900,000, and a game holds its PIN until it ends. Lobbies nobody started
// and assignments past their deadline would otherwise hold theirs forever, until no PIN was left. Such games are
// ended (the PIN is then free for the next new game, see createGame) the first time a new game's PIN collides.
import type { TDb } from "@/lib/platform/db/client";

/** A lobby older than this was abandoned: a lesson does not wait a day for its game to start. */
export const LOBBY_TTL_MS = 24 * 60 * 60 * 1000;

/** Every PIN drawn was held by a running game: the server is full, the client should try later (503). */
export class NoFreePinError extends Error {
  override name = "NoFreePinError";
  constructor() {
    super("every game PIN is held by an open game; end games that are over, or try again in a minute");
  }
}

/** Ends lobbies older than LOBBY_TTL_MS and assignments past their deadline; returns how many. */
export async function expireStaleGames(db: TDb, now: Date = new Date()): Promise<number> {
  const { count } = await db.game.updateMany({
    where: {
      OR: [
        { status: "lobby", createdAt: { lt: new Date(now.getTime() - LOBBY_TTL_MS) } },
        { status: "open", deadline: { lt: now } },
      ],
    },
    data: { status: "ended", endedAt: now, version: { increment: 1 } },
  });
  return count;
}
