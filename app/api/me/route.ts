import { getDb } from "@/lib/platform/db/client";
import { groupsOfPlayer } from "@/lib/classes/queries/groups";
import { handler } from "@/lib/platform/http/handler";
import { currentPlayer } from "@/lib/players/endpoints/session";

export const dynamic = "force-dynamic";

/** Who this browser plays as (null before the first game), and the groups joined. */
export const GET = handler(async () => {
  const player = await currentPlayer();
  const groups = player ? await groupsOfPlayer(getDb(), player.id) : [];
  return Response.json({ player: player ?? null, groups }, { headers: { "Cache-Control": "no-store" } });
});
