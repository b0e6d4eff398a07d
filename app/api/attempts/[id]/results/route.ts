import { attemptAnswers, attemptState } from "@/lib/attempts/queries/attempts";
import { getDb } from "@/lib/platform/db/client";
import { GLOBAL_SCOPE } from "@/lib/leaderboards/queries/leaderboards";
import { getLeaderboard } from "@/lib/leaderboards/use-cases/get-leaderboard";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { apiError } from "@/lib/platform/http/errors";
import { handler, type TIdParams } from "@/lib/platform/http/handler";
import { attemptOfRequest } from "@/lib/attempts/endpoints/access";
import { PERIODS } from "@/lib/platform/time/periods";
import { playableQuestion } from "@/questions/present";

export const dynamic = "force-dynamic";

/** A finished attempt: every answer with its question and solution, and (once posted) the player's ranks. */
export const GET = handler(async (request: Request, { params }: TIdParams) => {
  const found = await attemptOfRequest(request, (await params).id);
  if (!found.ok) return found.response;
  const { attempt, player } = found;
  if (!attempt.finishedAt) return apiError(409, "attempt_not_finished", "answer every question first");
  const bank = await getQuestionBank();
  const answers = (await attemptAnswers(getDb(), bank, attempt.id)).map((answer) => ({
    ...answer,
    question: playableQuestion(bank.questions.get(answer.questionId)!, attempt.id),
  }));
  const ranks = attempt.postedAt
    ? Object.fromEntries(
        await Promise.all(
          PERIODS.map(async (period) => {
            const board = await getLeaderboard(
              getDb(),
              { scope: GLOBAL_SCOPE, setId: attempt.setId, period },
              { playerId: player.id, limit: 1 },
            );
            return [period, board.me ? { rank: board.me.rank, of: board.totalPlayers } : null] as const;
          }),
        ),
      )
    : null;
  return Response.json(
    {
      attempt: attemptState(attempt, bank),
      startedAt: attempt.startedAt.toISOString(),
      finishedAt: attempt.finishedAt.toISOString(),
      totalTimeMs: attempt.totalTimeMs,
      answers,
      ranks,
      nickname: player.nickname,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
