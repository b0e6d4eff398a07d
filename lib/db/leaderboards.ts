// Leaderboards: one row per player and board (scope × set × period) holding the player's best score there;
// the overall board ("*") holds the sum of a player's best scores over all sets. Top N reads the score index;
// a rank counts the index entries above a score. Ties share a rank (1, 2, 2, 4).
import { periodKeys, type TPeriod } from "../time/periods";
import type { TDb, TDbHandle } from "./client";

export const OVERALL_SET = "*";
export const GLOBAL_SCOPE = "global";
export const TOP_N = 100;

export type TBoard = { scope: string; setId: string; period: TPeriod };
export type TRankedEntry = { rank: number; playerId: string; nickname: string; score: number; achievedAt: string };
export type TLeaderboard = TBoard & {
  periodKey: string;
  entries: TRankedEntry[];
  totalPlayers: number;
  me?: { rank: number; score: number; neighbours: TRankedEntry[] };
};

/** Scores to post: per scope, which score counts there (a group may count accuracy only). */
export type TPostScores = { scope: string; score: number }[];

/**
 * Records a finished attempt's score on the boards of every scope, for its set and overall, in all three
 * periods. A board keeps a player's best; the overall board grows by the improvement. Serialised per player
 * (advisory lock on PostgreSQL; SQLite has one writer), so concurrent posts never count an improvement twice.
 */
export async function recordScores(
  handle: TDbHandle,
  input: { playerId: string; setId: string; scores: TPostScores; at: Date },
  tx: Parameters<Parameters<TDb["$transaction"]>[0]>[0],
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

type TEntryRow = { playerId: string; score: number; achievedAt: Date; player: { nickname: string | null } };

/** The top of a board with competition ranks: a row tied with the one before shares its rank. */
function rankedTop(rows: TEntryRow[]): TRankedEntry[] {
  const out: TRankedEntry[] = [];
  rows.forEach((row, index) => {
    const previous = out[index - 1];
    const rank = previous && previous.score === row.score ? previous.rank : index + 1;
    out.push({ rank, playerId: row.playerId, nickname: row.player.nickname ?? "?", score: row.score, achievedAt: row.achievedAt.toISOString() });
  });
  return out;
}

export async function getLeaderboard(
  db: TDb,
  board: TBoard,
  options: { playerId?: string; limit?: number; now?: Date } = {},
): Promise<TLeaderboard> {
  const periodKey = periodKeys(options.now ?? new Date())[board.period];
  const base = { scope: board.scope, setId: board.setId, period: periodKey };
  const order = [{ score: "desc" as const }, { achievedAt: "asc" as const }];
  const select = { playerId: true, score: true, achievedAt: true, player: { select: { nickname: true } } };
  const [top, totalPlayers] = await Promise.all([
    db.leaderboardEntry.findMany({ where: base, orderBy: order, take: options.limit ?? TOP_N, select }),
    db.leaderboardEntry.count({ where: base }),
  ]);
  const result: TLeaderboard = { ...board, periodKey, entries: rankedTop(top), totalPlayers };
  if (!options.playerId) return result;

  const mine = await db.leaderboardEntry.findUnique({
    where: { scope_setId_period_playerId: { ...base, playerId: options.playerId } },
    select,
  });
  if (!mine) return result;
  const rankOf = async (score: number) => 1 + (await db.leaderboardEntry.count({ where: { ...base, score: { gt: score } } }));
  const [rank, above, below] = await Promise.all([
    rankOf(mine.score),
    db.leaderboardEntry.findMany({
      where: { ...base, OR: [{ score: { gt: mine.score } }, { score: mine.score, achievedAt: { lt: mine.achievedAt } }] },
      orderBy: [{ score: "asc" }, { achievedAt: "desc" }],
      take: 2,
      select,
    }),
    db.leaderboardEntry.findMany({
      where: { ...base, OR: [{ score: { lt: mine.score } }, { score: mine.score, achievedAt: { gt: mine.achievedAt } }] },
      orderBy: order,
      take: 2,
      select,
    }),
  ]);
  const around = [...above.reverse(), mine, ...below];
  const neighbours = await Promise.all(
    around.map(async (row) => ({
      rank: row === mine ? rank : await rankOf(row.score),
      playerId: row.playerId,
      nickname: row.player.nickname ?? "?",
      score: row.score,
      achievedAt: row.achievedAt.toISOString(),
    })),
  );
  return { ...result, me: { rank, score: mine.score, neighbours } };
}
