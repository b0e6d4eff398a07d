// /api/games/[id]/host/events (GET): the endpoint its route file serves.
import { connectHost, getLiveGame } from "@/lib/games/use-cases/runtime";
import { limitedSseResponse, STREAMS_PER_HOST } from "@/lib/platform/realtime/stream-limits";
import { loadGameAsHost } from "@/lib/games/endpoints/session";
import { notFound } from "@/lib/platform/http/errors";

/** The host's Server-Sent Events: the whole picture after every step, answer counts and lobby changes between. */
export async function hostEventsEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadGameAsHost(request, id);
  if (!loaded.ok) return loaded.response;
  const live = await getLiveGame(id);
  if (!live) return notFound(`game "${id}"`);
  const claims = [{ key: `host:${id}`, cap: STREAMS_PER_HOST, who: "this game's host" }];
  return limitedSseResponse(request, claims, (writer) => connectHost(live, writer));
}
