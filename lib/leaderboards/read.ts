// A leaderboard as pages and the API show it: the top N with ranks, and the viewer's own rank with neighbours,
// however far down, from the board cache.
import type { TDb } from "../db/client";
import type { TBoard, TLeaderboard } from "../db/leaderboards";
import { periodKey } from "../time/periods";
import { cachedBoard } from "./board-cache";

export const TOP_N = 100;
const NEIGHBOURS = 2;

export async function getLeaderboard(db: TDb, board: TBoard, options: { playerId?: string; limit?: number; now?: Date } = {}): Promise<TLeaderboard> {
  const key = periodKey(board.period, options.now ?? new Date());
  const { rows, indexOf } = await cachedBoard(db, { scope: board.scope, setId: board.setId, periodKey: key });
  const result: TLeaderboard = { ...board, periodKey: key, entries: rows.slice(0, options.limit ?? TOP_N), totalPlayers: rows.length };
  const index = options.playerId ? indexOf.get(options.playerId) : undefined;
  if (index === undefined) return result;
  const mine = rows[index]!;
  return { ...result, me: { rank: mine.rank, score: mine.score, neighbours: rows.slice(Math.max(0, index - NEIGHBOURS), index + NEIGHBOURS + 1) } };
}
