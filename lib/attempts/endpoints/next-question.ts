// POST /api/attempts/[id]/next: the client shows the next question. Served by the HTTP server ahead of Next.js
// (it comes with every question, like an answer) and by the route handler alike.
import { attemptState } from "@/lib/attempts/rules/attempt-state";
import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { attemptSeal } from "@/lib/attempts/use-cases/attempt-seal";
import { showCurrentQuestion } from "@/lib/attempts/use-cases/answer-attempt";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { apiError, notFound } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { playerFromRequest } from "@/lib/players/endpoints/request-player";

/**
 * The question to answer now, whose clock starts with this request (the first time only: a repeat gets the same
 * question and how long ago it was served). Nothing of a question reaches the client before this.
 */
export async function nextQuestionEndpoint(request: Request, attemptId: string): Promise<Response> {
  if (!/^[0-9a-f-]{36}$/.test(attemptId)) return notFound(`attempt "${attemptId}"`);
  const player = await playerFromRequest(request);
  if (!player) return apiError(403, "not_your_attempt", "this attempt belongs to another player");
  const limited = await rateLimit("next", { player: player.id, address: clientAddress(request) });
  if (limited) return limited;
  const shown = await showCurrentQuestion(getDbHandle(), { attemptId, playerId: player.id });
  if (!shown.ok) return apiError(shown.status, shown.code, shown.message);
  const state = attemptState(shown.attempt, await getQuestionBank(), await attemptSeal(getDb(), attemptId));
  return Response.json({ attempt: state }, { headers: { "Cache-Control": "no-store" } });
}
