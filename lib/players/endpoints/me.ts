// /api/me (GET): the endpoint its route file serves.
import { getDb } from "@/lib/platform/db/client";
import { groupsOfPlayer } from "@/lib/classes/queries/groups";
import { currentPlayer } from "@/lib/players/endpoints/session";

/** Who this browser plays as (null before the first game), and the groups joined. */
export async function meEndpoint(): Promise<Response> {
  const player = await currentPlayer();
  const groups = player ? await groupsOfPlayer(getDb(), player.id) : [];
  return Response.json({ player: player ?? null, groups }, { headers: { "Cache-Control": "no-store" } });
}
