import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { findGamePlayer } from "@/lib/games/queries/game-players";
import { notFound } from "@/lib/platform/http/errors";
import { handler, type TIdParams } from "@/lib/platform/http/handler";
import { meView } from "@/lib/games/use-cases/me-view";
import { livePlayer } from "@/lib/games/endpoints/player-access";
import { endIfDeadlinePassed } from "@/lib/games/use-cases/steps";

export const dynamic = "force-dynamic";

/** The player's own view: 401 when this browser has not joined (the page sends it to the join form). */
export const GET = handler(async (request: Request, { params }: TIdParams) => {
  const access = await livePlayer(request, (await params).id);
  if (!access.ok) return access.response;
  const { room } = access.live;
  await endIfDeadlinePassed(getDbHandle(), room.row);
  const player = await findGamePlayer(getDb(), room.id, access.slot.id);
  if (!player) return notFound("player");
  return Response.json(meView(room, player), { headers: { "Cache-Control": "no-store" } });
});
