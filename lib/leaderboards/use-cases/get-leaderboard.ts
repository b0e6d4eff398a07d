// A leaderboard as pages and the API show it: the top N with ranks, and the viewer's own rank with neighbours,
// however far down, from the board cache.
import type { TDb } from "@/lib/platform/db/client";
import type { TBoard, TLeaderboard, TRankedEntry } from "@/lib/leaderboards/types";
import { periodKey } from "@/lib/platform/time/periods";
import { cachedBoard } from "./board-cache";

export const TOP_N = 100;
const NEIGHBOURS = 2;

type TOptions = { playerId?: string; limit?: number; now?: Date };

async function read(db: TDb, board: TBoard, options: TOptions) {
  const key = periodKey(board.period, options.now ?? new Date());
  const { rows, indexOf } = await cachedBoard(db, { scope: board.scope, setId: board.setId, periodKey: key });
  const limit = options.limit ?? TOP_N;
  const leaderboard: TLeaderboard = { ...board, periodKey: key, entries: rows.slice(0, limit), totalPlayers: rows.length };
  const index = options.playerId ? indexOf.get(options.playerId) : undefined;
  if (index !== undefined) {
    const mine = rows[index]!;
    leaderboard.me = {
      rank: mine.rank,
      score: mine.score,
      neighbours: rows.slice(Math.max(0, index - NEIGHBOURS), index + NEIGHBOURS + 1),
    };
  }
  return { leaderboard, rows, limit };
}

export async function getLeaderboard(db: TDb, board: TBoard, options: TOptions = {}): Promise<TLeaderboard> {
  return (await read(db, board, options)).leaderboard;
}

// The top N as JSON, per board version (a change replaces the board's rows array) and N: every viewer gets the
// same top N until the board changes, and writing it out was most of a leaderboard request's time.
const topJson = new WeakMap<readonly TRankedEntry[], Map<number, string>>();

/** The API's body, `{ leaderboard, playerId }`, as JSON.stringify would write it. */
export async function leaderboardJson(db: TDb, board: TBoard, options: TOptions = {}): Promise<string> {
  const { leaderboard, rows, limit } = await read(db, board, options);
  let byLimit = topJson.get(rows);
  if (!byLimit) topJson.set(rows, (byLimit = new Map()));
  let entries = byLimit.get(limit);
  if (entries === undefined) byLimit.set(limit, (entries = JSON.stringify(leaderboard.entries)));
  const { entries: _top, ...rest } = leaderboard;
  // `rest` always has the board's keys, so its JSON is "{...}" with something inside.
  return `{"leaderboard":{"entries":${entries},${JSON.stringify(rest).slice(1)},"playerId":${JSON.stringify(options.playerId ?? null)}}`;
}
