// The boards people look at, held in memory: the top 100 and any player's rank and neighbours come from one
// sorted array, not from several queries per request. A board is read from the score index once; after that a
// posted score or a new nickname patches the one player's row (lib/leaderboards/ranking.ts), on this instance
// at once and on the others when the event bus tells them. A generation per set keeps a read that raced with a
// change from being kept.
import type { TDb } from "@/lib/platform/db/client";
import { readBoardRows, readPlayerEntries } from "@/lib/leaderboards/queries/leaderboards";
import { patchBoard, rankBoard, type TRankedBoard } from "@/lib/leaderboards/rules/ranking";

export type TCachedBoard = TRankedBoard;

type TKey = { scope: string; setId: string; periodKey: string };
type TCache = { boards: Map<string, TCachedBoard>; generations: Map<string, number>; changes: Promise<void> };

const MAX_BOARDS = 300;
const OVERALL = "*";
const SEPARATOR = "\u0000";

// Per database client, so tests that open several databases in one process never share boards. On globalThis
// because the start script, the fast routes and every Next.js bundle each load their own copy of this module.
const globalForBoards = globalThis as typeof globalThis & { __quizBoardCaches?: WeakMap<object, TCache> };
const caches = (globalForBoards.__quizBoardCaches ??= new WeakMap<object, TCache>());

function cacheOf(db: TDb): TCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { boards: new Map(), generations: new Map(), changes: Promise.resolve() };
    caches.set(db, cache);
  }
  return cache;
}

const keyOf = ({ setId, scope, periodKey }: TKey) => [setId, scope, periodKey].join(SEPARATOR);

function parseKey(key: string): TKey {
  const [setId, scope, periodKey] = key.split(SEPARATOR) as [string, string, string];
  return { setId, scope, periodKey };
}

const bump = (cache: TCache, setId: string) => cache.generations.set(setId, (cache.generations.get(setId) ?? 0) + 1);

export async function cachedBoard(db: TDb, board: TKey): Promise<TCachedBoard> {
  const cache = cacheOf(db);
  const key = keyOf(board);
  const hit = cache.boards.get(key);
  if (hit) {
    // Least recently used goes first when the cache is full.
    cache.boards.delete(key);
    cache.boards.set(key, hit);
    return hit;
  }
  const generation = cache.generations.get(board.setId) ?? 0;
  const built = rankBoard(await readBoardRows(db, board));
  if ((cache.generations.get(board.setId) ?? 0) === generation) {
    if (cache.boards.size >= MAX_BOARDS) cache.boards.delete(cache.boards.keys().next().value!);
    cache.boards.set(key, built);
  }
  return built;
}

/**
 * Brings one player's rows up to date on every cached board of the set and overall (or of every set, for a new
 * nickname), from the database. Changes are applied one after the other, so a later one always wins.
 */
export function refreshPlayerOnBoards(db: TDb, playerId: string, setId?: string): Promise<void> {
  const cache = cacheOf(db);
  const sets = setId === undefined ? undefined : [...new Set([setId, OVERALL])];
  // A new nickname matters only to boards that show the player.
  if (!sets && ![...cache.boards.values()].some((board) => board.indexOf.has(playerId))) return cache.changes;
  for (const set of sets ?? [...cache.generations.keys(), ...[...cache.boards.keys()].map((key) => parseKey(key).setId)])
    bump(cache, set);
  const run = async () => {
    const entries = await readPlayerEntries(db, playerId, sets);
    const byKey = new Map(
      entries.map((entry) => [keyOf({ setId: entry.setId, scope: entry.scope, periodKey: entry.period }), entry.row]),
    );
    for (const [key, board] of cache.boards) {
      if (sets && !sets.includes(parseKey(key).setId)) continue;
      const row = byKey.get(key);
      if (!row && !board.indexOf.has(playerId)) continue;
      cache.boards.set(key, patchBoard(board, playerId, row));
    }
  };
  cache.changes = cache.changes.then(run, run);
  return cache.changes;
}

/** Forgets every board (they were rebuilt after a question was retired or restored). */
export function invalidateAllBoards(db: TDb): void {
  const cache = cacheOf(db);
  for (const key of cache.boards.keys()) bump(cache, parseKey(key).setId);
  for (const set of cache.generations.keys()) bump(cache, set);
  cache.boards.clear();
}

/** Forgets the boards of one scope (a group's, after a game posted to it) for a set and overall. */
export function invalidateBoards(db: TDb, setId: string, scope: string): void {
  const cache = cacheOf(db);
  for (const set of new Set([setId, OVERALL])) {
    bump(cache, set);
    for (const key of [...cache.boards.keys()]) {
      const parsed = parseKey(key);
      if (parsed.setId === set && parsed.scope === scope) cache.boards.delete(key);
    }
  }
}
