// A finished attempt as the results page shows it: every answer with its question and solution, and (once
// posted) the player's rank on the set's board in each period.
import type { TDb } from "@/lib/platform/db/client";
import { PERIODS, type TPeriod } from "@/lib/platform/time/periods";
import { feedbackFromRow } from "@/lib/answering/rules/feedback";
import type { TAnswerFeedback } from "@/lib/answering/types";
import { GLOBAL_SCOPE } from "@/lib/leaderboards/types";
import { getLeaderboard } from "@/lib/leaderboards/use-cases/get-leaderboard";
import { questionForGrading, type TGradingBank, type TLoadedBank } from "@/lib/sets/types";
import { playableQuestion, type TPlayableQuestion } from "@/questions/present";
import { attemptAnswerRows } from "@/lib/attempts/queries/attempts";
import type { TAttemptRow } from "@/lib/attempts/types";
import { sealFeedback, sealQuestion } from "@/lib/answering/rules/seal";
import { attemptSeal } from "./attempt-seal";
import { writtenAnswer } from "@/lib/attempts/rules/write-mode";

export type TAnsweredQuestion = TAnswerFeedback & { question: TPlayableQuestion };
export type TAttemptRanks = Record<TPeriod, { rank: number; of: number } | null>;

/** Every answer of an attempt with its question's solution, in the order asked. */
export async function attemptAnswers(db: TDb, bank: TGradingBank, attemptId: string): Promise<TAnswerFeedback[]> {
  const rows = await attemptAnswerRows(db, attemptId);
  return rows.flatMap((row) => {
    const question = questionForGrading(bank, row.questionId);
    return question ? [feedbackFromRow(row, question)] : [];
  });
}

/** Every answer with its question, sealed as the attempt's player saw them, and the player's ranks once posted. */
export async function attemptResults(
  db: TDb,
  bank: TLoadedBank,
  attempt: TAttemptRow,
  playerId: string,
): Promise<{ answers: TAnsweredQuestion[]; ranks: TAttemptRanks | null }> {
  const seal = await attemptSeal(db, attempt.id);
  const answers = (await attemptAnswers(db, bank, attempt.id)).map((answer) => {
    const question = questionForGrading(bank, answer.questionId)!;
    const sealed = sealFeedback(question, answer, seal);
    return {
      ...(attempt.answerMode === "write" ? { ...sealed, written: writtenAnswer(question).shown } : sealed),
      question: playableQuestion(sealQuestion(question, seal), attempt.id),
    };
  });
  if (!attempt.postedAt) return { answers, ranks: null };
  const ranks = Object.fromEntries(
    await Promise.all(
      PERIODS.map(async (period) => {
        const board = await getLeaderboard(db, { scope: GLOBAL_SCOPE, setId: attempt.setId, period }, { playerId, limit: 1 });
        return [period, board.me ? { rank: board.me.rank, of: board.totalPlayers } : null] as const;
      }),
    ),
  ) as TAttemptRanks;
  return { answers, ranks };
}
