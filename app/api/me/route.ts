import { getDb } from "@/lib/db/client";
import { groupsOfPlayer } from "@/lib/db/groups";
import { handler } from "@/lib/http/handler";
import { currentPlayer } from "@/lib/session/player";

export const dynamic = "force-dynamic";

/** Who this browser plays as (null before the first game), and the groups joined. */
export const GET = handler(async () => {
  const player = await currentPlayer();
  const groups = player ? await groupsOfPlayer(getDb(), player.id) : [];
  return Response.json({ player: player ?? null, groups }, { headers: { "Cache-Control": "no-store" } });
});
