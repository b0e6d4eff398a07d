// Boards stop counting a retired question: every player who scored on it has their rows rebuilt from the scores
// they posted, each less the points earned on retired questions, replayed in order through the same rule that
// posted them (a board keeps the best; the overall board sums the bests). Restoring a question rebuilds the same
// way and gives the points back. Each counts per 10 questions, as when it was posted (rules/board-score.ts), and on
// a group's board when the player was a member when the quiz began (a game: when it was posted).
import type { TDbHandle } from "@/lib/platform/db/client";
import { GLOBAL_SCOPE, type TPostScores } from "@/lib/leaderboards/types";
import { recordScores } from "@/lib/leaderboards/queries/leaderboards";
import { boardScale } from "@/lib/leaderboards/rules/board-score";
import {
  deletePlayerEntries,
  membershipHistory,
  playersWhoAnswered,
  postedScoresOf,
  retiredIdsIn,
} from "@/lib/leaderboards/queries/score-history";
import { invalidateAllBoards } from "./board-cache";
import { publishLeaderboardChange } from "./board-events";

/** Rebuilds the board rows of everyone who posted a score holding an answer to the question; how many players. */
export async function rebuildBoardsForQuestion(handle: TDbHandle, questionId: string): Promise<number> {
  const players = await playersWhoAnswered(handle.db, questionId);
  await rebuildBoardsForPlayers(handle, players);
  return players.length;
}

/**
 * Rebuilds these players' rows (a question retired, a game deleted, a student out of a class) and tells every
 * instance's open boards; nothing to do for none.
 */
export async function rebuildBoardsForPlayers(handle: TDbHandle, playerIds: string[]): Promise<void> {
  if (!playerIds.length) return;
  for (const playerId of playerIds) await rebuildPlayerBoards(handle, playerId);
  invalidateAllBoards(handle.db);
  await publishLeaderboardChange({ rebuilt: true });
}

export async function rebuildPlayerBoards(handle: TDbHandle, playerId: string): Promise<void> {
  await handle.db.$transaction(
    async (tx) => {
      const retired = await retiredIdsIn(tx);
      const [scores, memberships] = await Promise.all([postedScoresOf(tx, playerId, retired), membershipHistory(tx, playerId)]);
      await deletePlayerEntries(tx, playerId);
      for (const posted of scores) {
        const scale = boardScale(posted.questionCount);
        const score = Math.round(posted.score * scale);
        const counted = (scoring: string) => (scoring === "accuracy" ? Math.round(posted.accuracyScore * scale) : score);
        const boards: TPostScores = posted.groupId
          ? memberships
              .filter((membership) => membership.groupId === posted.groupId)
              .map((membership) => ({ scope: membership.groupId, score: counted(membership.scoring) }))
          : [
              { scope: GLOBAL_SCOPE, score },
              ...memberships
                .filter((membership) => membership.joinedAt <= posted.since)
                .map((membership) => ({ scope: membership.groupId, score: counted(membership.scoring) })),
            ];
        await recordScores(handle, { playerId, setId: posted.setId, scores: boards, at: posted.at }, tx);
      }
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
