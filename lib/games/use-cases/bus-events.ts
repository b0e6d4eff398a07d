// What instances tell each other about a game, through the event bus (PostgreSQL NOTIFY across instances, in
// memory on SQLite). Small on purpose (NOTIFY takes under 8 kB): a step carries the game's state, never the
// question or the results, which every instance reads itself once per step.
import type { TGameState } from "@/lib/games/types";
import { getEventBus } from "@/lib/platform/realtime/bus";

export type TBusEvent =
  | { t: "state"; s: TGameState }
  | { t: "joined"; p: { id: string; nickname: string }; n: number }
  | { t: "kicked"; id: string; n: number }
  | { t: "count"; i: number; a: number; n: number; f?: number };

export const gameChannel = (gameId: string) => `game:${gameId}`;

export async function publishGameEvent(gameId: string, event: TBusEvent): Promise<void> {
  await (await getEventBus()).publish(gameChannel(gameId), event);
}
