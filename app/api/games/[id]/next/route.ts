import { handler, type TIdParams } from "@/lib/platform/http/handler";
import { playerNextQuestion } from "@/lib/games/endpoints/player";

export const dynamic = "force-dynamic";

/** An assignment: shows the player's current question and starts its clock, once. */
export const POST = handler(async (request: Request, { params }: TIdParams) => playerNextQuestion(request, (await params).id));
