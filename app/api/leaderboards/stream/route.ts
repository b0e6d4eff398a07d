import { getEventBus } from "@/lib/platform/realtime/bus";
import { LEADERBOARD_CHANNEL } from "@/lib/leaderboards/use-cases/board-events";
import { sseResponse } from "@/lib/platform/realtime/sse";

export const dynamic = "force-dynamic";

/** Server-Sent Events: "changed" whenever a score is posted, so open leaderboards refresh without a reload. */
export async function GET(request: Request) {
  const bus = await getEventBus();
  return sseResponse(request, (writer) => bus.subscribe(LEADERBOARD_CHANNEL, (change) => writer.send("changed", change)));
}
