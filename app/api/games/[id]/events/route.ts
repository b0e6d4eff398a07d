import { handler, type TIdParams } from "@/lib/http/handler";
import { playerEvents } from "@/lib/live/player-endpoints";

export const dynamic = "force-dynamic";

/** A player's event stream (see lib/live/player-endpoints.ts). */
export const GET = handler(async (request: Request, { params }: TIdParams) => playerEvents(request, (await params).id));
