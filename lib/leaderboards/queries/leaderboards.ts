// Leaderboards: one row per player and board (scope × set × period) holding the player's best score there;
// the overall board ("*") holds the sum of a player's best scores over all sets. A board is read in index
// order (scope, set, period, score); lib/leaderboards/ ranks it (ties share a rank: 1, 2, 2, 4) and keeps it.
import { OVERALL_SET, TPostScores } from "@/lib/leaderboards/types";
import { periodKeys } from "@/lib/platform/time/periods";
import type { TDb, TDbHandle, TDbTransaction } from "@/lib/platform/db/client";

/**
 * Records a finished attempt's score on the boards of every scope, for its set and overall, in all three
 * periods. A board keeps a player's best; the overall board grows by the improvement. Serialised per player
 * (advisory lock on PostgreSQL; SQLite has one writer), so concurrent posts never count an improvement twice.
 */
export async function recordScores(
  handle: TDbHandle,
  input: { playerId: string; setId: string; scores: TPostScores; at: Date },
  tx: TDbTransaction,
): Promise<void> {
  if (handle.provider === "postgresql") {
    await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(hashtext($1))", `board:${input.playerId}`);
  }
  const keys = Object.values(periodKeys(input.at));
  for (const { scope, score } of input.scores) {
    for (const period of keys) {
      const where = { scope_setId_period_playerId: { scope, setId: input.setId, period, playerId: input.playerId } };
      const best = await tx.leaderboardEntry.findUnique({ where });
      const improvement = score - (best?.score ?? 0);
      if (best && improvement <= 0) continue;
      await tx.leaderboardEntry.upsert({
        where,
        create: { scope, setId: input.setId, period, playerId: input.playerId, score, achievedAt: input.at },
        update: { score, achievedAt: input.at },
      });
      if (input.setId === OVERALL_SET) continue;
      const overall = { scope_setId_period_playerId: { scope, setId: OVERALL_SET, period, playerId: input.playerId } };
      await tx.leaderboardEntry.upsert({
        where: overall,
        create: { scope, setId: OVERALL_SET, period, playerId: input.playerId, score: improvement, achievedAt: input.at },
        update: { score: { increment: improvement }, achievedAt: input.at },
      });
    }
  }
}

/** Every row of one board with nicknames, unordered: the board cache sorts and ranks them (lib/leaderboards/). */
export async function readBoardRows(db: TDb, board: { scope: string; setId: string; periodKey: string }) {
  const rows = await db.leaderboardEntry.findMany({
    where: { scope: board.scope, setId: board.setId, period: board.periodKey },
    select: { playerId: true, score: true, achievedAt: true, player: { select: { nickname: true } } },
  });
  return rows.map((row) => ({
    playerId: row.playerId,
    nickname: row.player.nickname ?? "?",
    score: row.score,
    achievedAt: row.achievedAt.toISOString(),
  }));
}

/** One player's rows on the boards of some sets (all when not given), shaped like a board's rows. */
export async function readPlayerEntries(db: TDb, playerId: string, setIds?: string[]) {
  const rows = await db.leaderboardEntry.findMany({
    where: { playerId, ...(setIds ? { setId: { in: setIds } } : {}) },
    select: {
      scope: true,
      setId: true,
      period: true,
      playerId: true,
      score: true,
      achievedAt: true,
      player: { select: { nickname: true } },
    },
  });
  return rows.map((row) => ({
    scope: row.scope,
    setId: row.setId,
    period: row.period,
    row: {
      playerId: row.playerId,
      nickname: row.player.nickname ?? "?",
      score: row.score,
      achievedAt: row.achievedAt.toISOString(),
    },
  }));
}
