import { attemptAnswers, attemptState } from "@/lib/db/attempts";
import { getDb } from "@/lib/db/client";
import { GLOBAL_SCOPE } from "@/lib/db/leaderboards";
import { getLeaderboard } from "@/lib/leaderboards/read";
import { getQuestionBank } from "@/lib/db/question-bank";
import { apiError } from "@/lib/http/errors";
import { handler, type TIdParams } from "@/lib/http/handler";
import { attemptOfRequest } from "@/lib/attempts/access";
import { PERIODS } from "@/lib/time/periods";
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
