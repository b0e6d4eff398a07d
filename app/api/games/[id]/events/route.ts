import { handler, type TIdParams } from "@/lib/platform/http/handler";
import { playerEvents } from "@/lib/games/endpoints/player";

export const dynamic = "force-dynamic";

/** A player's event stream (see lib/games/endpoints/player.ts). */
export const GET = handler(async (request: Request, { params }: TIdParams) => playerEvents(request, (await params).id));
