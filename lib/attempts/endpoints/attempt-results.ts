// GET /api/attempts/[id]/results: a finished attempt, every answer with its solution, the player's ranks, and
// what the attempt counts for on the boards (or why it stays off them).
import { getDb } from "@/lib/platform/db/client";
import { apiError } from "@/lib/platform/http/errors";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { attemptState } from "@/lib/attempts/rules/attempt-state";
import { attemptResults } from "@/lib/attempts/use-cases/attempt-results";
import { attemptSeal } from "@/lib/attempts/use-cases/attempt-seal";
import { attemptBoardEntry } from "@/lib/attempts/use-cases/post-attempt";
import { attemptOfRequest } from "./access";

export async function attemptResultsEndpoint(request: Request, id: string): Promise<Response> {
  const found = await attemptOfRequest(request, id);
  if (!found.ok) return found.response;
  const { attempt, player } = found;
  if (!attempt.finishedAt) return apiError(409, "attempt_not_finished", "answer every question first");
  const bank = await getQuestionBank();
  const { answers, ranks } = await attemptResults(getDb(), bank, attempt, player.id);
  return Response.json(
    {
      attempt: attemptState(attempt, bank, await attemptSeal(getDb(), attempt.id)),
      startedAt: attempt.startedAt.toISOString(),
      finishedAt: attempt.finishedAt.toISOString(),
      totalTimeMs: attempt.totalTimeMs,
      answers,
      ranks,
      board: await attemptBoardEntry(getDb(), bank, attempt),
      nickname: player.nickname,
      setTitle: bank.sets.find((set) => set.id === attempt.setId)?.title ?? null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
