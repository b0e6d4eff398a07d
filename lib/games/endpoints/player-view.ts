// /api/games/[id]/me (GET): the endpoint its route file serves.
import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { findGamePlayer } from "@/lib/games/queries/game-players";
import { notFound } from "@/lib/platform/http/errors";
import { loadMeView } from "@/lib/games/use-cases/me-view";
import { livePlayer } from "@/lib/games/endpoints/player-access";
import { endIfDeadlinePassed } from "@/lib/games/use-cases/steps";

/** The player's own view: 401 when this browser has not joined (the page sends it to the join form). */
export async function playerViewEndpoint(request: Request, id: string): Promise<Response> {
  const access = await livePlayer(request, id);
  if (!access.ok) return access.response;
  const { room } = access.live;
  await endIfDeadlinePassed(getDbHandle(), room.row);
  const player = await findGamePlayer(getDb(), room.id, access.slot.id);
  if (!player) return notFound("player");
  return Response.json(await loadMeView(getDb(), room, player), { headers: { "Cache-Control": "no-store" } });
}
