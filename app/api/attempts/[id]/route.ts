import { attemptState } from "@/lib/db/attempts";
import { getQuestionBank } from "@/lib/db/question-bank";
import { handler, type TIdParams } from "@/lib/http/handler";
import { attemptOfCurrentPlayer } from "@/lib/session/attempt";

export const dynamic = "force-dynamic";

/** Where an attempt stands: the question to answer now (without its answer), or that it has finished. */
export const GET = handler(async (_request: Request, { params }: TIdParams) => {
  const found = await attemptOfCurrentPlayer((await params).id);
  if (!found.ok) return found.response;
  return Response.json({ attempt: attemptState(found.attempt, await getQuestionBank()) }, { headers: { "Cache-Control": "no-store" } });
});
