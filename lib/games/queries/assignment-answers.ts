// Assignments in the database: each player's stored answers, and one answer written together with the player's
// move to the next question (guarded: it moves on only from the question the answer was for).
import type { TDb } from "@/lib/platform/db/client";
import type { TScoredAnswerRow } from "@/lib/answering/types";
import type { TGamePlayerRow } from "./game-players";

/** A player's move once an answer is stored. */
export type TAssignmentAdvance = { streak: number; finished: boolean };

type TGameAnswerRow = Omit<TScoredAnswerRow, "position"> & { questionIndex: number };
const toScoredRow = ({ questionIndex, ...row }: TGameAnswerRow): TScoredAnswerRow => ({ ...row, position: questionIndex });

class MovedOnError extends Error {}

export async function findAssignmentAnswer(
  db: TDb,
  gamePlayerId: string,
  questionIndex: number,
): Promise<TScoredAnswerRow | null> {
  const row = await db.gameAnswer.findUnique({ where: { gamePlayerId_questionIndex: { gamePlayerId, questionIndex } } });
  return row ? toScoredRow(row) : null;
}

/**
 * Stores the answer and moves the player on, in one transaction; the player as stored afterwards, or null when
 * another request stored an answer for this question first (or the player had already moved on). `row.position`
 * is the player's own position; `questionIndex` the game's index of the question (they differ when the player has
 * their own order).
 */
export async function storeAssignmentAnswer(
  db: TDb,
  player: TGamePlayerRow,
  row: TScoredAnswerRow,
  advance: TAssignmentAdvance,
  now: Date,
  questionIndex: number = row.position,
): Promise<TGamePlayerRow | null> {
  const index = row.position;
  try {
    return await db.$transaction(async (tx) => {
      await tx.gameAnswer.create({
        data: {
          gamePlayerId: player.id,
          questionIndex,
          gameId: player.gameId,
          questionId: row.questionId,
          answer: row.answer,
          correct: row.correct,
          points: row.points,
          bonus: row.bonus,
          accuracyPoints: row.accuracyPoints,
          timeMs: row.timeMs,
          createdAt: now,
        },
      });
      // Moves on only from the question this answer was for: a second tab cannot move the player twice.
      const moved = await tx.gamePlayer.updateMany({
        where: { id: player.id, currentIndex: index, finishedAt: null },
        data: {
          currentIndex: index + 1,
          // Served when the phone asks to show it (POST …/next): reading the feedback is nobody's time.
          servedAt: null,
          score: { increment: row.points + row.bonus },
          accuracyScore: { increment: row.accuracyPoints },
          correctCount: { increment: row.correct ? 1 : 0 },
          streak: advance.streak,
          ...(advance.finished ? { finishedAt: now } : {}),
        },
      });
      if (moved.count !== 1) throw new MovedOnError();
      return tx.gamePlayer.findUniqueOrThrow({ where: { id: player.id } });
    });
  } catch (error) {
    if (error instanceof MovedOnError || (error as { code?: string }).code === "P2002") return null;
    throw error;
  }
}

/** Starts the clock of the player's question `index`, once; false when it was served before or the player moved on. */
export async function serveAssignmentQuestion(db: TDb, gamePlayerId: string, index: number, now: Date): Promise<boolean> {
  const served = await db.gamePlayer.updateMany({
    where: { id: gamePlayerId, currentIndex: index, servedAt: null, finishedAt: null },
    data: { servedAt: now },
  });
  return served.count === 1;
}
