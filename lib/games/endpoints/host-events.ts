// /api/games/[id]/host/events (GET): the endpoint its route file serves.
import { connectHost, getLiveGame } from "@/lib/games/use-cases/runtime";
import { sseResponse } from "@/lib/platform/realtime/sse";
import { loadGameAsHost } from "@/lib/games/endpoints/session";
import { notFound } from "@/lib/platform/http/errors";

/** The host's Server-Sent Events: the whole picture after every step, answer counts and lobby changes between. */
export async function hostEventsEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadGameAsHost(request, id);
  if (!loaded.ok) return loaded.response;
  const live = await getLiveGame(id);
  if (!live) return notFound(`game "${id}"`);
  return sseResponse(request, (writer) => connectHost(live, writer));
}
