import { handler, type TIdParams } from "@/lib/http/handler";
import { connectHost, getLiveGame } from "@/lib/live/runtime";
import { limitedSseResponse, STREAMS_PER_HOST } from "@/lib/realtime/stream-limits";
import { loadGameAsHost } from "@/lib/session/game";
import { notFound } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** The host's Server-Sent Events: the whole picture after every step, answer counts and lobby changes between. */
export const GET = handler(async (request: Request, { params }: TIdParams) => {
  const id = (await params).id;
  const loaded = await loadGameAsHost(request, id);
  if (!loaded.ok) return loaded.response;
  const live = await getLiveGame(id);
  if (!live) return notFound(`game "${id}"`);
  const claims = [{ key: `host:${id}`, cap: STREAMS_PER_HOST, who: "this game's host" }];
  return limitedSseResponse(request, claims, (writer) => connectHost(live, writer));
});
