// /api/attempts/[id] (GET): the endpoint its route file serves.
import { getDb } from "@/lib/platform/db/client";
import { attemptState } from "@/lib/attempts/rules/attempt-state";
import { attemptSeal } from "@/lib/attempts/use-cases/attempt-seal";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { attemptOfRequest } from "@/lib/attempts/endpoints/access";

/** Where an attempt stands: the question to answer now (without its answer), or that it has finished. */
export async function getAttemptEndpoint(request: Request, id: string): Promise<Response> {
  const found = await attemptOfRequest(request, id);
  if (!found.ok) return found.response;
  return Response.json(
    { attempt: attemptState(found.attempt, await getQuestionBank(), await attemptSeal(getDb(), found.attempt.id)) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
