import { getEventBus } from "@/lib/platform/realtime/bus";
import { LEADERBOARD_CHANNEL, lastLeaderboardChangeAt } from "@/lib/leaderboards/use-cases/board-events";
import { clientAddress } from "@/lib/platform/http/rate-limit";
import { limitedSseResponse, STREAMS_PER_ADDRESS } from "@/lib/platform/realtime/stream-limits";

export const dynamic = "force-dynamic";

/**
 * Server-Sent Events: "changed" whenever a score is posted, so open leaderboards refresh without a reload. Each
 * connection starts with "hello" and when the last change was, so a page rendered before it (a post between the
 * render and the connection, or during a reconnect) refreshes too.
 */
export async function GET(request: Request) {
  const bus = await getEventBus();
  const claims = [{ key: `address:${clientAddress(request)}`, cap: STREAMS_PER_ADDRESS, who: "this address" }];
  return limitedSseResponse(request, claims, (writer) => {
    const unsubscribe = bus.subscribe(LEADERBOARD_CHANNEL, (change) => writer.send("changed", change));
    writer.send("hello", { lastChangeAt: lastLeaderboardChangeAt() });
    return unsubscribe;
  });
}
