// Answers of live games, written in batches: every answer that arrived while the previous batch was being
// written goes in one transaction (group commit). The transaction first reads the game's row (shared lock on
// PostgreSQL) so that an answer is only stored while its question is open: closing the question waits for the
// batch, or the batch sees the question closed and refuses its answers.
import { streakBonus, type TScoringMode } from "../scoring/points";
import type { TDbHandle } from "./client";

/** An answer graded on arrival; the streak bonus is added when written (it needs the player's current streak). */
export type TGradedAnswer = {
  gamePlayerId: string;
  questionIndex: number;
  questionId: string;
  answerJson: string;
  correct: boolean;
  points: number;
  accuracyPoints: number;
  timeMs: number;
  receivedAt: Date;
};

export type TAnswerOutcome =
  | { status: "stored"; bonus: number }
  | { status: "duplicate" }
  | { status: "refused"; code: "question_closed" | "player_removed"; message: string };

/** Writes one batch of answers to question `index` of a live game; an outcome per answer, in order. */
export async function storeLiveAnswers(
  handle: TDbHandle,
  gameId: string,
  index: number,
  scoring: TScoringMode,
  answers: readonly TGradedAnswer[],
): Promise<TAnswerOutcome[]> {
  const ids = answers.map((answer) => answer.gamePlayerId);
  return handle.db.$transaction(async (tx) => {
    const game =
      handle.provider === "postgresql"
        ? (await tx.$queryRaw<Array<{ status: string; currentIndex: number }>>`
            SELECT "status", "currentIndex" FROM "Game" WHERE "id" = ${gameId} FOR SHARE`)[0]
        : await tx.game.findUnique({ where: { id: gameId }, select: { status: true, currentIndex: true } });
    if (!game || game.currentIndex !== index || (game.status !== "question" && game.status !== "paused")) {
      return answers.map(() => ({ status: "refused", code: "question_closed", message: "the time for this question is up; your answer was not counted" }) as const);
    }
    const [existing, players] = await Promise.all([
      tx.gameAnswer.findMany({ where: { gamePlayerId: { in: ids }, questionIndex: index }, select: { gamePlayerId: true } }),
      tx.gamePlayer.findMany({ where: { id: { in: ids }, gameId }, select: { id: true, streak: true, kicked: true } }),
    ]);
    const answered = new Set(existing.map((row) => row.gamePlayerId));
    const byId = new Map(players.map((player) => [player.id, player]));
    const outcomes: TAnswerOutcome[] = [];
    const rows = [];
    for (const answer of answers) {
      const player = byId.get(answer.gamePlayerId);
      if (!player || player.kicked) {
        outcomes.push({ status: "refused", code: "player_removed", message: "you are no longer in this game" });
      } else if (answered.has(answer.gamePlayerId)) {
        outcomes.push({ status: "duplicate" });
      } else {
        answered.add(answer.gamePlayerId);
        const bonus = answer.correct ? streakBonus(player.streak + 1, scoring) : 0;
        outcomes.push({ status: "stored", bonus });
        rows.push({
          gamePlayerId: answer.gamePlayerId,
          questionIndex: index,
          gameId,
          questionId: answer.questionId,
          answer: answer.answerJson,
          correct: answer.correct,
          points: answer.points,
          bonus,
          accuracyPoints: answer.accuracyPoints,
          timeMs: answer.timeMs,
          createdAt: answer.receivedAt,
        });
      }
    }
    if (!rows.length) return outcomes;
    if (handle.provider === "postgresql") {
      // Another instance may store the same player's answer (a second tab) between the read and this write.
      // (The models share one client type, the SQLite one, which has no skipDuplicates.)
      const args = { data: rows, skipDuplicates: true, select: { gamePlayerId: true } } as unknown as { data: typeof rows; select: { gamePlayerId: true } };
      const inserted = new Set((await tx.gameAnswer.createManyAndReturn(args)).map((row) => row.gamePlayerId));
      return outcomes.map((outcome, i) => (outcome.status === "stored" && !inserted.has(answers[i]!.gamePlayerId) ? { status: "duplicate" } : outcome));
    }
    // SQLite has one writer: nothing can come between the read and this write.
    await tx.gameAnswer.createMany({ data: rows });
    return outcomes;
  });
}
