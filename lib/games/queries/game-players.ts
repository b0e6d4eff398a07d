// Players of a game: joining (nickname unique in the game, capacity, lock), finding one by their secret, kicking.
import { randomUUID } from "node:crypto";
import { hashSecret, newSecret } from "@/lib/platform/crypto/identity";
import type { TDbHandle, TDb } from "@/lib/platform/db/client";
import { activePlayerCount, gameSettings, type TGameRow } from "./games";

export type TGamePlayerRow = NonNullable<Awaited<ReturnType<TDb["gamePlayer"]["findUnique"]>>>;

export type TJoinRefusal = "game_ended" | "game_locked" | "game_full" | "nickname_taken";

export type TJoinResult = { ok: true; player: TGamePlayerRow; secret: string; total: number } | { ok: false; code: TJoinRefusal };

/**
 * Joins a player under a nickname already checked against the nickname rules. Capacity is counted and the
 * player added in one transaction (serialised per game on PostgreSQL), so a full game never takes one more.
 */
export async function joinGame(
  handle: TDbHandle,
  game: TGameRow,
  input: { nickname: string; nicknameKey: string; playerId: string | null },
  now: Date = new Date(),
): Promise<TJoinResult> {
  if (game.status === "ended") return { ok: false, code: "game_ended" };
  if (game.locked) return { ok: false, code: "game_locked" };
  const secret = newSecret();
  try {
    return await handle.db.$transaction(async (tx) => {
      if (handle.provider === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`join:${game.id}`}))`;
      // The game's state and its player count in one plain query: joins come in bursts of a whole class.
      const [current] = await tx.$queryRaw<Array<{ status: string; locked: boolean | number | bigint; total: number | bigint }>>`
        SELECT "status", "locked", (SELECT COUNT(*) FROM "GamePlayer" WHERE "gameId" = ${game.id} AND NOT "kicked") AS "total"
        FROM "Game" WHERE "id" = ${game.id}`;
      if (!current || current.status === "ended") return { ok: false, code: "game_ended" } as const;
      if (current.locked) return { ok: false, code: "game_locked" } as const;
      const total = Number(current.total);
      if (total >= gameSettings(game).maxPlayers) return { ok: false, code: "game_full" } as const;
      const player = await tx.gamePlayer.create({
        data: {
          id: randomUUID(),
          gameId: game.id,
          playerId: input.playerId,
          nickname: input.nickname,
          nicknameKey: input.nicknameKey,
          secretHash: hashSecret(secret),
          joinedAt: now,
          // An assignment's first question is served when the player's phone asks to show it.
          servedAt: null,
        },
      });
      return { ok: true, player, secret, total: total + 1 } as const;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, code: "nickname_taken" };
    throw error;
  }
}

export function findGamePlayer(db: TDb, gameId: string, gamePlayerId: string): Promise<TGamePlayerRow | null> {
  return db.gamePlayer.findFirst({ where: { id: gamePlayerId, gameId } });
}

/** Removes a player from the game (they cannot rejoin under the same secret); false for an unknown player. */
export async function kickGamePlayer(db: TDb, gameId: string, gamePlayerId: string): Promise<boolean> {
  return (await db.gamePlayer.updateMany({ where: { id: gamePlayerId, gameId }, data: { kicked: true } })).count === 1;
}

/** The newest players first (the host's lobby shows these), and how many there are. */
export async function lobbyPlayers(
  db: TDb,
  gameId: string,
  take: number,
): Promise<{ players: Array<{ id: string; nickname: string }>; total: number }> {
  const [players, total] = await Promise.all([
    db.gamePlayer.findMany({
      where: { gameId, kicked: false },
      orderBy: { joinedAt: "desc" },
      take,
      select: { id: true, nickname: true },
    }),
    activePlayerCount(db, gameId),
  ]);
  return { players, total };
}

/** A player's rank: one more than the players with a higher score (index on gameId, score). */
export async function rankOf(db: TDb, gameId: string, score: number): Promise<number> {
  return 1 + (await db.gamePlayer.count({ where: { gameId, kicked: false, score: { gt: score } } }));
}
