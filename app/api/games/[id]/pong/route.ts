import { readJson } from "@/lib/http/body";
import { apiError } from "@/lib/http/errors";
import { handler, type TIdParams } from "@/lib/http/handler";
import { smoothRtt } from "@/lib/games/timing";
import { livePlayer } from "@/lib/live/player-access";
import { ZPong } from "@/lib/validation/games";

export const dynamic = "force-dynamic";

/** The browser's answer to the ping on its stream: the server's measure of this player's round trip. */
export const POST = handler(async (request: Request, { params }: TIdParams) => {
  const receivedAt = Date.now();
  const parsed = await readJson(request, ZPong);
  if (!parsed.ok) return parsed.response;
  const access = await livePlayer((await params).id);
  if (!access.ok) return access.response;
  if (!access.live.room.pong(access.slot, parsed.data.pingId, receivedAt, smoothRtt)) {
    return apiError(409, "unknown_ping", "this ping is not the latest one sent to you");
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
