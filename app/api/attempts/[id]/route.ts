import { attemptState } from "@/lib/attempts/queries/attempts";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { handler, type TIdParams } from "@/lib/platform/http/handler";
import { attemptOfRequest } from "@/lib/attempts/endpoints/access";

export const dynamic = "force-dynamic";

/** Where an attempt stands: the question to answer now (without its answer), or that it has finished. */
export const GET = handler(async (request: Request, { params }: TIdParams) => {
  const found = await attemptOfRequest(request, (await params).id);
  if (!found.ok) return found.response;
  return Response.json(
    { attempt: attemptState(found.attempt, await getQuestionBank()) },
    { headers: { "Cache-Control": "no-store" } },
  );
});
