// Leaderboard pages refresh when a score is posted anywhere (on any instance).
import { getEventBus } from "./bus";

export const LEADERBOARD_CHANNEL = "leaderboards";

export type TLeaderboardChange = { setId: string };

export async function publishLeaderboardChange(change: TLeaderboardChange): Promise<void> {
  try {
    await (await getEventBus()).publish(LEADERBOARD_CHANNEL, change);
  } catch (error) {
    // A missed refresh is not worth failing the post that already succeeded.
    console.error(`leaderboard event: ${error instanceof Error ? error.message : String(error)}`);
  }
}
