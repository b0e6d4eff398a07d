// Players of a game: joining (nickname unique in the game, capacity, lock), finding one by their secret, kicking.
import { randomUUID } from "node:crypto";
import { hashSecret, newSecret } from "@/lib/platform/crypto/identity";
import type { TDbHandle, TDb } from "@/lib/platform/db/client";
import { activePlayerCount, gameSettings, type TGameRow } from "./games";

export type TGamePlayerRow = NonNullable<Awaited<ReturnType<TDb["gamePlayer"]["findUnique"]>>>;

export type TJoinRefusal = "game_ended" | "game_locked" | "game_full" | "nickname_taken";

export type TJoinResult = { ok: true; player: TGamePlayerRow; secret: string; total: number } | { ok: false; code: TJoinRefusal };

export type TJoinInput = { nickname: string; nicknameKey: string; playerId: string | null };

type TJoinSnapshot = { status: string; locked: boolean | number | bigint; total: number | bigint };

/**
 * Joins players under nicknames already checked against the nickname rules, all in one transaction (a class
 * arrives at once; see joinQueue in lib/games/use-cases/join-game.ts): one result per input, in order. Capacity
 * is counted and the players added together (serialised per game on PostgreSQL), so a full game never takes one
 * more; a nickname taken in the game, or by an earlier input of the same batch, is refused.
 */
export async function joinGamePlayers(
  handle: TDbHandle,
  game: TGameRow,
  inputs: readonly TJoinInput[],
  now: Date = new Date(),
): Promise<TJoinResult[]> {
  if (game.status === "ended") return inputs.map(() => ({ ok: false, code: "game_ended" }));
  if (game.locked) return inputs.map(() => ({ ok: false, code: "game_locked" }));
  try {
    return await handle.db.$transaction(async (tx) => {
      if (handle.provider === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`join:${game.id}`}))`;
      // The game's state and its player count in one plain query.
      const [current] = await tx.$queryRaw<TJoinSnapshot[]>`
        SELECT "status", "locked", (SELECT COUNT(*) FROM "GamePlayer" WHERE "gameId" = ${game.id} AND NOT "kicked") AS "total"
        FROM "Game" WHERE "id" = ${game.id}`;
      if (!current || current.status === "ended") return inputs.map(() => ({ ok: false, code: "game_ended" }) as const);
      if (current.locked) return inputs.map(() => ({ ok: false, code: "game_locked" }) as const);
      const taken = new Set(
        (
          await tx.gamePlayer.findMany({
            where: { gameId: game.id, nicknameKey: { in: [...new Set(inputs.map((input) => input.nicknameKey))] } },
            select: { nicknameKey: true },
          })
        ).map((row) => row.nicknameKey),
      );
      let total = Number(current.total);
      const max = gameSettings(game).maxPlayers;
      const decided = inputs.map((input) => {
        if (taken.has(input.nicknameKey)) return { ok: false, code: "nickname_taken" } as const;
        if (total >= max) return { ok: false, code: "game_full" } as const;
        taken.add(input.nicknameKey);
        total++;
        const secret = newSecret();
        const row = {
          id: randomUUID(),
          gameId: game.id,
          playerId: input.playerId,
          nickname: input.nickname,
          nicknameKey: input.nicknameKey,
          secretHash: hashSecret(secret),
          joinedAt: now,
          // An assignment's first question is served when the player's phone asks to show it.
          servedAt: null,
        };
        return { ok: true, row, secret, total } as const;
      });
      const rows = decided.flatMap((each) => (each.ok ? [each.row] : []));
      // One multi-row INSERT for the whole batch.
      const stored = new Map(
        rows.length ? (await tx.gamePlayer.createManyAndReturn({ data: rows })).map((player) => [player.id, player]) : [],
      );
      return decided.map((each) =>
        each.ok ? { ok: true, player: stored.get(each.row.id)!, secret: each.secret, total: each.total } : each,
      );
    });
  } catch (error) {
    // Only another writer could take a name between the check and the insert; then each goes on its own, so that
    // one clash does not refuse the rest.
    if ((error as { code?: string }).code === "P2002" && inputs.length > 1)
      return Promise.all(inputs.map(async (input) => (await joinGamePlayers(handle, game, [input], now))[0]!));
    if ((error as { code?: string }).code === "P2002") return [{ ok: false, code: "nickname_taken" }];
    throw error;
  }
}

/** Joins one player (joinGamePlayers with a batch of one). */
export async function joinGame(
  handle: TDbHandle,
  game: TGameRow,
  input: TJoinInput,
  now: Date = new Date(),
): Promise<TJoinResult> {
  return (await joinGamePlayers(handle, game, [input], now))[0]!;
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
