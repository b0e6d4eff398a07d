import { handler, type TIdParams } from "@/lib/http/handler";
import { playerPong } from "@/lib/live/player-endpoints";

export const dynamic = "force-dynamic";

/** The pong that measures a player's round trip (see lib/live/player-endpoints.ts). */
export const POST = handler(async (request: Request, { params }: TIdParams) => playerPong(request, (await params).id));
