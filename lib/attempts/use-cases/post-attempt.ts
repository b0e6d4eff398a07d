// Puts a finished attempt on the leaderboards, once: globally with its speed score, and in each class the player
// had joined when the attempt began, with the score that class counts (speed and accuracy, or accuracy only).
// What an attempt counts for on a board (per 10 questions; none for a too short or inhumanly fast quiz) is
// decided by lib/leaderboards/rules/board-score.ts; points earned on a question retired after review do not count
// (lib/leaderboards/use-cases/rebuild-boards.ts).
import type { TDb, TDbHandle } from "@/lib/platform/db/client";
import { membershipsOf } from "@/lib/classes/queries/groups";
import { recordScores } from "@/lib/leaderboards/queries/leaderboards";
import { retiredIdsIn, retiredPointsOfAttempt } from "@/lib/leaderboards/queries/score-history";
import { boardEntry, type TBoardEntry } from "@/lib/leaderboards/rules/board-score";
import { refreshPlayerOnBoards } from "@/lib/leaderboards/use-cases/board-cache";
import { GLOBAL_SCOPE } from "@/lib/leaderboards/types";
import type { TLoadedBank } from "@/lib/sets/types";
import { DAILY_SET_ID } from "@/questions/sets";
import { attemptAnswerRows, markAttemptPosted } from "@/lib/attempts/queries/attempts";
import type { TAttemptRow } from "@/lib/attempts/types";

export type TPostResult = { posted: boolean; alreadyPosted: boolean };

/** What a finished attempt counts for on the boards (less its points on retired questions), or why it stays off. */
export async function attemptBoardEntry(db: TDb, bank: Pick<TLoadedBank, "sets">, attempt: TAttemptRow): Promise<TBoardEntry> {
  const questionCount = (JSON.parse(attempt.questionIds) as string[]).length;
  const set = bank.sets.find((candidate) => candidate.id === attempt.setId);
  // The daily quiz is the day's questions: every attempt at it has them all.
  const setSize = attempt.setId === DAILY_SET_ID || !set ? questionCount : set.questionIds.length;
  const [answers, off] = await Promise.all([
    attemptAnswerRows(db, attempt.id),
    retiredIdsIn(db).then((retired) => retiredPointsOfAttempt(db, attempt.id, retired)),
  ]);
  return boardEntry({
    score: attempt.score - off.score,
    accuracyScore: attempt.accuracyScore - off.accuracyScore,
    questionCount,
    setSize,
    answerTimesMs: answers.map((answer) => answer.timeMs),
  });
}

/**
 * Records the attempt's scores (its board scores when given, else its raw ones) on the boards of every scope.
 * Classes the player joined after the attempt began do not get it.
 */
export async function postAttempt(
  handle: TDbHandle,
  attempt: TAttemptRow,
  counted: { score: number; accuracyScore: number } = attempt,
  now: Date = new Date(),
): Promise<TPostResult> {
  if (!attempt.finishedAt) return { posted: false, alreadyPosted: false };
  const finishedAt = attempt.finishedAt;
  const posted = await handle.db.$transaction(async (tx) => {
    if (!(await markAttemptPosted(tx, attempt.id, now))) return false;
    const memberships = await membershipsOf(tx, attempt.playerId, attempt.startedAt);
    const scores = [
      { scope: GLOBAL_SCOPE, score: counted.score },
      ...memberships.map(({ groupId, scoring }) => ({
        scope: groupId,
        score: scoring === "accuracy" ? counted.accuracyScore : counted.score,
      })),
    ];
    await recordScores(handle, { playerId: attempt.playerId, setId: attempt.setId, scores, at: finishedAt }, tx);
    return true;
  });
  if (posted) await refreshPlayerOnBoards(handle.db, attempt.playerId, attempt.setId);
  return { posted, alreadyPosted: !posted };
}
