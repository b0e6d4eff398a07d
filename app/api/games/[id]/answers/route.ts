import { handler, type TIdParams } from "@/lib/platform/http/handler";
import { playerAnswer } from "@/lib/games/endpoints/player";

export const dynamic = "force-dynamic";

/** A player's answer (see lib/games/endpoints/player.ts; the HTTP server usually serves it before Next.js does). */
export const POST = handler(async (request: Request, { params }: TIdParams) => playerAnswer(request, (await params).id));
