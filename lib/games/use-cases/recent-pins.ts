// A class looks the same PIN up hundreds of times a second while it joins: the game behind a PIN and its player
// count are read once per RECENT_MS and shared by every look-up and join meanwhile. They only decide what the join
// page is told first; the join itself checks the game's state, lock and capacity again in its transaction. A step
// of the game heard on the event bus (lock, start, end) forgets it at once on the instances holding the game.
import { getDb } from "@/lib/platform/db/client";
import { activePlayerCount, findGameByPin, type TGameRow } from "@/lib/games/queries/games";

const RECENT_MS = 1_000;
const MAX_ENTRIES = 1_000;

type TEntry = { until: number; game: Promise<TGameRow | null>; gameId?: string; players?: Promise<number> };
const globalForPins = globalThis as typeof globalThis & { __quizRecentPins?: Map<string, TEntry> };
const entries = () => (globalForPins.__quizRecentPins ??= new Map());

function entryFor(pin: string, now: number): TEntry {
  const recent = entries();
  let entry = recent.get(pin);
  if (entry && entry.until >= now) return entry;
  if (recent.size >= MAX_ENTRIES) for (const [key, old] of recent) if (old.until < now) recent.delete(key);
  const fresh: TEntry = { until: now + RECENT_MS, game: findGameByPin(getDb(), pin) };
  fresh.game.then(
    (game) => (fresh.gameId = game?.id),
    () => recent.delete(pin),
  );
  recent.set(pin, (entry = fresh));
  return entry;
}

/** The game with this PIN, as read within the last second. */
export function recentGameByPin(pin: string, now = Date.now()): Promise<TGameRow | null> {
  return entryFor(pin, now).game;
}

/** How many players are in the game with this PIN, as counted within the last second. */
export function recentPlayerCount(pin: string, gameId: string, now = Date.now()): Promise<number> {
  const entry = entryFor(pin, now);
  return (entry.players ??= activePlayerCount(getDb(), gameId));
}

/** The game took a step: its PIN is read again on the next look-up. */
export function forgetRecentGame(gameId: string): void {
  for (const [pin, entry] of entries()) if (entry.gameId === gameId) entries().delete(pin);
}
