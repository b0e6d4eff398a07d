// The self-study answer endpoint as a plain function of a web Request: served by the HTTP server ahead of
// Next.js (lib/platform/server/fast-routes.ts) and by the Next.js route handler alike.
import { answeredState } from "@/lib/attempts/rules/attempt-state";
import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { attemptSeal } from "@/lib/attempts/use-cases/attempt-seal";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { readJson } from "@/lib/platform/http/body";
import { apiError, notFound, refused } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { playerFromRequest } from "@/lib/players/endpoints/request-player";
import { ZSubmitAnswer } from "@/lib/attempts/schemas";
import { answerAttempt } from "@/lib/attempts/use-cases/answer-attempt";

/**
 * Grades one answer on the server: right or wrong, the right answer with its explanation and source, and the
 * points. The same answer sent twice counts once (200 with duplicate: true). The reply says whether a question
 * follows but not which: its content comes from POST …/next when the client shows it, and its clock starts then.
 */
export async function answerEndpoint(request: Request, attemptId: string): Promise<Response> {
  if (!/^[0-9a-f-]{36}$/.test(attemptId)) return notFound(`attempt "${attemptId}"`);
  const parsed = await readJson(request, ZSubmitAnswer);
  if (!parsed.ok) return parsed.response;
  const player = await playerFromRequest(request);
  if (!player) return apiError(403, "not_your_attempt", "this attempt belongs to another player");
  const limited = await rateLimit("answer", { player: player.id, address: clientAddress(request) });
  if (limited) return limited;

  const bank = await getQuestionBank();
  const seal = await attemptSeal(getDb(), attemptId);
  const result = await answerAttempt(
    getDbHandle(),
    bank,
    {
      attemptId,
      playerId: player.id,
      questionId: parsed.data.questionId,
      answer: parsed.data.answer,
      clientTimeMs: parsed.data.timeMs,
    },
    new Date(),
    seal,
  );
  if (!result.ok) return refused(result);
  return Response.json(
    {
      duplicate: result.duplicate,
      feedback: result.feedback,
      hasNext: !result.attempt.finishedAt,
      attempt: answeredState(result.attempt, bank, seal),
    },
    { status: result.duplicate ? 200 : 201, headers: { "Cache-Control": "no-store" } },
  );
}
