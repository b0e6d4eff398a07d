// Puts a finished attempt on the leaderboards, once: globally with its speed score, and in each of the player's
// classes with the score that class counts (speed and accuracy, or accuracy only). Points earned on a question
// retired after review do not count on the boards (lib/leaderboards/use-cases/rebuild-boards.ts).
import type { TDbHandle } from "@/lib/platform/db/client";
import { membershipsOf } from "@/lib/classes/queries/groups";
import { recordScores } from "@/lib/leaderboards/queries/leaderboards";
import { retiredIdsIn, retiredPointsOfAttempt } from "@/lib/leaderboards/queries/score-history";
import { refreshPlayerOnBoards } from "@/lib/leaderboards/use-cases/board-cache";
import { GLOBAL_SCOPE } from "@/lib/leaderboards/types";
import { markAttemptPosted } from "@/lib/attempts/queries/attempts";
import type { TAttemptRow } from "@/lib/attempts/types";

export type TPostResult = { posted: boolean; alreadyPosted: boolean };

export async function postAttempt(handle: TDbHandle, attempt: TAttemptRow, now: Date = new Date()): Promise<TPostResult> {
  if (!attempt.finishedAt) return { posted: false, alreadyPosted: false };
  const finishedAt = attempt.finishedAt;
  const posted = await handle.db.$transaction(async (tx) => {
    if (!(await markAttemptPosted(tx, attempt.id, now))) return false;
    const memberships = await membershipsOf(tx, attempt.playerId);
    const off = await retiredPointsOfAttempt(tx, attempt.id, await retiredIdsIn(tx));
    const score = attempt.score - off.score;
    const accuracyScore = attempt.accuracyScore - off.accuracyScore;
    const scores = [
      { scope: GLOBAL_SCOPE, score },
      ...memberships.map(({ groupId, scoring }) => ({
        scope: groupId,
        score: scoring === "accuracy" ? accuracyScore : score,
      })),
    ];
    await recordScores(handle, { playerId: attempt.playerId, setId: attempt.setId, scores, at: finishedAt }, tx);
    return true;
  });
  if (posted) await refreshPlayerOnBoards(handle.db, attempt.playerId, attempt.setId);
  return { posted, alreadyPosted: !posted };
}
