import { handler, type TIdParams } from "@/lib/http/handler";
import { playerAnswer } from "@/lib/live/player-endpoints";

export const dynamic = "force-dynamic";

/** A player's answer (see lib/live/player-endpoints.ts; the HTTP server usually serves it before Next.js does). */
export const POST = handler(async (request: Request, { params }: TIdParams) => playerAnswer(request, (await params).id));
