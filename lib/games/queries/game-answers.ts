// Answers of live games, written in batches: every answer that arrived while the previous batch was being
// written goes in together (group commit). An answer is stored only while its question is open, and only once
// per player and question:
// - SQLite (one instance): one INSERT … SELECT that checks the game row and skips duplicates, atomically.
// - PostgreSQL (several instances): a transaction that first takes a shared lock on the game row, so closing the
//   question waits for the batch, or the batch sees the question closed and stores nothing.
import type { TDbHandle } from "@/lib/platform/db/client";
import { sqliteDate } from "@/lib/platform/db/sql-values";

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
  { status: "stored"; bonus: number } | { status: "duplicate" } | { status: "refused"; code: "question_closed"; message: string };

type TRow = TGradedAnswer & { bonus: number };

const CLOSED: TAnswerOutcome = {
  status: "refused",
  code: "question_closed",
  message: "the time for this question is up; your answer was not counted",
};
const COLUMNS = [
  "gamePlayerId",
  "questionIndex",
  "gameId",
  "questionId",
  "answer",
  "correct",
  "points",
  "bonus",
  "accuracyPoints",
  "timeMs",
  "createdAt",
];

async function insertSqlite(handle: TDbHandle, gameId: string, index: number, rows: TRow[]): Promise<Set<string> | "closed"> {
  const values = rows.map(() => `(${COLUMNS.map(() => "?").join(", ")})`).join(", ");
  const params = rows.flatMap((row) => [
    row.gamePlayerId,
    index,
    gameId,
    row.questionId,
    row.answerJson,
    row.correct ? 1 : 0,
    row.points,
    row.bonus,
    row.accuracyPoints,
    row.timeMs,
    sqliteDate(row.receivedAt),
  ]);
  const inserted = await handle.db.$queryRawUnsafe<Array<{ gamePlayerId: string }>>(
    `INSERT INTO "GameAnswer" (${COLUMNS.map((c) => `"${c}"`).join(", ")})
     SELECT * FROM (VALUES ${values})
     WHERE EXISTS (SELECT 1 FROM "Game" WHERE "id" = ? AND "currentIndex" = ? AND "status" IN ('question', 'paused'))
     ON CONFLICT DO NOTHING RETURNING "gamePlayerId"`,
    ...params,
    gameId,
    index,
  );
  if (inserted.length) return new Set(inserted.map((row) => row.gamePlayerId));
  // Nothing stored: either all were second answers, or the question had closed.
  const game = await handle.db.game.findUnique({ where: { id: gameId }, select: { status: true, currentIndex: true } });
  return game && game.currentIndex === index && (game.status === "question" || game.status === "paused") ? new Set() : "closed";
}

async function insertPostgres(handle: TDbHandle, gameId: string, index: number, rows: TRow[]): Promise<Set<string> | "closed"> {
  return handle.db.$transaction(async (tx) => {
    const [game] = await tx.$queryRaw<Array<{ status: string; currentIndex: number }>>`
      SELECT "status", "currentIndex" FROM "Game" WHERE "id" = ${gameId} FOR SHARE`;
    if (!game || game.currentIndex !== index || (game.status !== "question" && game.status !== "paused"))
      return "closed" as const;
    const data = rows.map((row) => ({
      gamePlayerId: row.gamePlayerId,
      questionIndex: index,
      gameId,
      questionId: row.questionId,
      answer: row.answerJson,
      correct: row.correct,
      points: row.points,
      bonus: row.bonus,
      accuracyPoints: row.accuracyPoints,
      timeMs: row.timeMs,
      createdAt: row.receivedAt,
    }));
    // (The models share one client type, the SQLite one, which has no skipDuplicates.)
    const args = { data, skipDuplicates: true, select: { gamePlayerId: true } } as unknown as {
      data: typeof data;
      select: { gamePlayerId: true };
    };
    return new Set((await tx.gameAnswer.createManyAndReturn(args)).map((row) => row.gamePlayerId));
  });
}

/**
 * Writes one batch of answers to question `index` of a live game; an outcome per answer, in order.
 * `bonusFor` is the game's streak bonus for a run of right answers of a given length (lib/scoring).
 * `knownStreak` gives a player's streak before this question when the caller knows it (from the last reveal);
 * the others are read.
 */
export async function storeLiveAnswers(
  handle: TDbHandle,
  gameId: string,
  index: number,
  bonusFor: (streak: number) => number,
  answers: readonly TGradedAnswer[],
  knownStreak: (gamePlayerId: string) => number | undefined = () => undefined,
): Promise<TAnswerOutcome[]> {
  const first = new Map<string, TGradedAnswer>();
  for (const answer of answers) if (!first.has(answer.gamePlayerId)) first.set(answer.gamePlayerId, answer);
  // Streaks change only when a question closes, and then this batch stores nothing: read outside the write.
  const unknown = [...first.keys()].filter((id) => knownStreak(id) === undefined);
  const read = unknown.length
    ? new Map(
        (await handle.db.gamePlayer.findMany({ where: { id: { in: unknown } }, select: { id: true, streak: true } })).map((p) => [
          p.id,
          p.streak,
        ]),
      )
    : new Map<string, number>();
  const rows: TRow[] = [...first.values()].map((answer) => {
    const streak = knownStreak(answer.gamePlayerId) ?? read.get(answer.gamePlayerId) ?? 0;
    return { ...answer, bonus: answer.correct ? bonusFor(streak + 1) : 0 };
  });
  const bonuses = new Map(rows.map((row) => [row.gamePlayerId, row.bonus]));
  const inserted =
    handle.provider === "sqlite"
      ? await insertSqlite(handle, gameId, index, rows)
      : await insertPostgres(handle, gameId, index, rows);
  if (inserted === "closed") return answers.map(() => CLOSED);
  return answers.map((answer) =>
    first.get(answer.gamePlayerId) === answer && inserted.has(answer.gamePlayerId)
      ? { status: "stored", bonus: bonuses.get(answer.gamePlayerId)! }
      : { status: "duplicate" },
  );
}
