// POST /api/attempts: starts a self-paced attempt at a set; the server picks and orders the questions and
// serves the first (without its answer).
import { getDb } from "@/lib/platform/db/client";
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { ensurePlayerWithin } from "@/lib/players/endpoints/session";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { attemptState } from "@/lib/attempts/rules/attempt-state";
import { ZStartAttempt } from "@/lib/attempts/schemas";
import { startAttempt } from "@/lib/attempts/use-cases/start-attempt";
import { attemptSeal } from "@/lib/attempts/use-cases/attempt-seal";

export async function startAttemptEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZStartAttempt);
  if (!parsed.ok) return parsed.response;
  const bank = await getQuestionBank();
  if (!bank.sets.some((set) => set.id === parsed.data.setId)) {
    return apiError(404, "not_found", `set "${parsed.data.setId}" does not exist`);
  }
  const ensured = await ensurePlayerWithin(request);
  if (!ensured.ok) return ensured.response;
  const player = ensured.player;
  const limited = await rateLimit("attempt", { player: player.id, address: clientAddress(request) });
  if (limited) return limited;
  const started = await startAttempt(getDb(), bank, player.id, parsed.data);
  if (!started.ok) return apiError(started.status, started.code, started.message);
  return Response.json(
    { attempt: attemptState(started.attempt, bank, await attemptSeal(getDb(), started.attempt.id)) },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
}
