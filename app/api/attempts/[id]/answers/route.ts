import { attemptState, submitAnswer } from "@/lib/db/attempts";
import { getDb } from "@/lib/db/client";
import { getQuestionBank } from "@/lib/db/question-bank";
import { readJson } from "@/lib/http/body";
import { apiError } from "@/lib/http/errors";
import { handler, type TIdParams } from "@/lib/http/handler";
import { clientAddress, rateLimit } from "@/lib/http/rate-limit";
import { attemptOfCurrentPlayer } from "@/lib/session/attempt";
import { ZSubmitAnswer } from "@/lib/validation/attempts";

export const dynamic = "force-dynamic";

/**
 * Grades one answer on the server: right or wrong, the right answer with its explanation and source, and the
 * points. The same answer sent twice counts once (200 with duplicate: true).
 */
export const POST = handler(async (request: Request, { params }: TIdParams) => {
  const parsed = await readJson(request, ZSubmitAnswer);
  if (!parsed.ok) return parsed.response;
  const found = await attemptOfCurrentPlayer((await params).id);
  if (!found.ok) return found.response;
  const limited = await rateLimit("answer", { player: found.player.id, address: clientAddress(request) });
  if (limited) return limited;

  const bank = await getQuestionBank();
  const result = await submitAnswer(getDb(), bank, {
    attempt: found.attempt,
    questionId: parsed.data.questionId,
    answer: parsed.data.answer,
    clientTimeMs: parsed.data.timeMs,
  });
  if (!result.ok) {
    return apiError(result.status, result.code, result.message, result.field ? [{ field: result.field, message: result.message }] : undefined);
  }
  return Response.json(
    { duplicate: result.duplicate, feedback: result.feedback, attempt: attemptState(result.attempt, bank) },
    { status: result.duplicate ? 200 : 201, headers: { "Cache-Control": "no-store" } },
  );
});
