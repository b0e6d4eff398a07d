// Recently verified player cookies, so that a burst of answers does not look the player up every time.
// Entries live 30 s; a nickname change or a recovery (which rotates the secret) forgets the player at once on
// this instance, and within 30 s on others.
import type { TPlayer } from "@/lib/players/types";

const TTL_MS = 30_000;
const MAX_ENTRIES = 50_000;

type TCache = Map<string, { player: TPlayer; until: number }>;
const globalForCache = globalThis as typeof globalThis & { __quizPlayerCache?: TCache };

function cache(): TCache {
  globalForCache.__quizPlayerCache ??= new Map();
  return globalForCache.__quizPlayerCache;
}

export function cachedPlayer(cookie: string, now = Date.now()): TPlayer | undefined {
  const entry = cache().get(cookie);
  if (!entry) return undefined;
  if (entry.until < now) {
    cache().delete(cookie);
    return undefined;
  }
  return entry.player;
}

export function rememberPlayer(cookie: string, player: TPlayer, now = Date.now()): void {
  const entries = cache();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(cookie, { player, until: now + TTL_MS });
}

export function forgetPlayer(playerId: string): void {
  for (const [cookie, entry] of cache()) if (entry.player.id === playerId) cache().delete(cookie);
}
