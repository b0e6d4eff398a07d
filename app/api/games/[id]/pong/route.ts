import { handler, type TIdParams } from "@/lib/platform/http/handler";
import { playerPong } from "@/lib/games/endpoints/player";

export const dynamic = "force-dynamic";

/** The pong that measures a player's round trip (see lib/games/endpoints/player.ts). */
export const POST = handler(async (request: Request, { params }: TIdParams) => playerPong(request, (await params).id));
