import { getEventBus } from "@/lib/platform/realtime/bus";
import { LEADERBOARD_CHANNEL } from "@/lib/leaderboards/use-cases/board-events";
import { clientAddress } from "@/lib/platform/http/rate-limit";
import { limitedSseResponse, STREAMS_PER_ADDRESS } from "@/lib/platform/realtime/stream-limits";

export const dynamic = "force-dynamic";

/** Server-Sent Events: "changed" whenever a score is posted, so open leaderboards refresh without a reload. */
export async function GET(request: Request) {
  const bus = await getEventBus();
  const claims = [{ key: `address:${clientAddress(request)}`, cap: STREAMS_PER_ADDRESS, who: "this address" }];
  return limitedSseResponse(request, claims, (writer) =>
    bus.subscribe(LEADERBOARD_CHANNEL, (change) => writer.send("changed", change)),
  );
}
