import { handler, type TIdParams } from "@/lib/http/handler";
import { livePlayer } from "@/lib/live/player-access";
import { connectPlayer } from "@/lib/live/runtime";
import { sseResponse } from "@/lib/realtime/sse";

export const dynamic = "force-dynamic";

/** A player's Server-Sent Events: where the game is on connect, then each question, their result, the end. */
export const GET = handler(async (request: Request, { params }: TIdParams) => {
  const access = await livePlayer((await params).id);
  if (!access.ok) return access.response;
  return sseResponse(request, (writer) => connectPlayer(access.live, access.slot, writer));
});
