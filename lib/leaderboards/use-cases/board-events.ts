// Leaderboard pages refresh, and every instance brings its cached boards up to date, when a score is posted or
// a player renamed anywhere.
import type { TDbHandle } from "@/lib/platform/db/client";
import { invalidateAllBoards, invalidateBoards, refreshPlayerOnBoards } from "./board-cache";
import { getEventBus } from "@/lib/platform/realtime/bus";

export const LEADERBOARD_CHANNEL = "leaderboards";

/**
 * What changed: a player's score on a set ({ setId, playerId }), a player's nickname ({ playerId }), or a
 * whole scope of a set, as when a game posts its players to a group's board ({ setId, scope }), or every board,
 * rebuilt after a question was retired or restored ({ rebuilt: true }).
 */
export type TLeaderboardChange =
  { setId: string; playerId: string } | { playerId: string } | { setId: string; scope: string } | { rebuilt: true };

export async function publishLeaderboardChange(change: TLeaderboardChange): Promise<void> {
  try {
    await (await getEventBus()).publish(LEADERBOARD_CHANNEL, change);
  } catch (error) {
    // A missed refresh is not worth failing the post that already succeeded.
    console.error(`leaderboard event: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// On globalThis: the start script's watcher and the Next.js bundles' stream route share it.
const globalForChanges = globalThis as typeof globalThis & { __quizLastBoardChangeAt?: number };

/** When this instance last heard of a change to any board (ms since the epoch; 0 before the first). */
export function lastLeaderboardChangeAt(): number {
  return globalForChanges.__quizLastBoardChangeAt ?? 0;
}

/** Keeps this instance's board cache in step with changes made on other instances (and its own, harmlessly). */
export async function watchLeaderboardChanges(handle: TDbHandle): Promise<() => void> {
  return (await getEventBus()).subscribe(LEADERBOARD_CHANNEL, (payload) => {
    globalForChanges.__quizLastBoardChangeAt = Date.now();
    const change = (payload ?? {}) as { setId?: unknown; playerId?: unknown; scope?: unknown; rebuilt?: unknown };
    if (change.rebuilt === true) return invalidateAllBoards(handle.db);
    const setId = typeof change.setId === "string" ? change.setId : undefined;
    if (setId && typeof change.scope === "string") return invalidateBoards(handle.db, setId, change.scope);
    if (typeof change.playerId !== "string") return;
    refreshPlayerOnBoards(handle.db, change.playerId, setId).catch((error: unknown) =>
      console.error(`leaderboard refresh: ${String(error)}`),
    );
  });
}
