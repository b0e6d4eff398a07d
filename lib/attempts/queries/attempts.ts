// Self-paced attempts in the database: created with their questions, read, moved on by guarded writes (batched:
// one transaction per burst of answers), and marked as posted. The only file of attempts/ that touches Prisma.
import { randomUUID } from "node:crypto";
import type { TDb, TDbHandle, TDbTransaction } from "@/lib/platform/db/client";
import { sqlValues } from "@/lib/platform/db/sql-values";
import type { TScoredAnswerRow } from "@/lib/answering/types";
import type { TScoringMode } from "@/lib/scoring/types";
import type { TAttemptAdvance, TAttemptRow } from "@/lib/attempts/types";

/** An answer graded and ready to be written: its row, and the attempt's move to the next question. */
export type TAttemptWrite = { attemptId: string; row: TScoredAnswerRow & { createdAt: Date }; advance: TAttemptAdvance };

export async function createAttempt(
  db: TDb,
  input: {
    playerId: string;
    setId: string;
    questionIds: string[];
    scoring: TScoringMode;
    groupId?: string;
    timerSeconds?: number | null;
    answerMode?: "choice" | "write";
  },
  now: Date = new Date(),
): Promise<TAttemptRow> {
  return db.attempt.create({
    data: {
      id: randomUUID(),
      playerId: input.playerId,
      setId: input.setId,
      groupId: input.groupId ?? null,
      scoring: input.scoring,
      questionIds: JSON.stringify(input.questionIds),
      timerSeconds: input.timerSeconds ?? null,
      answerMode: input.answerMode ?? "choice",
      servedAt: now,
      startedAt: now,
    },
  });
}

export async function findAttempt(db: TDb, id: string): Promise<TAttemptRow | null> {
  return db.attempt.findUnique({ where: { id } });
}

/** The answer stored for one question of an attempt, if any. */
export async function findAttemptAnswer(db: TDb, attemptId: string, questionId: string): Promise<TScoredAnswerRow | null> {
  return db.attemptAnswer.findUnique({ where: { attemptId_questionId: { attemptId, questionId } } });
}

/** Every stored answer of an attempt, in the order asked. */
export async function attemptAnswerRows(db: TDb, attemptId: string): Promise<TScoredAnswerRow[]> {
  return db.attemptAnswer.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
}

/**
 * Stores a batch of answers in one transaction. Each moves its attempt on only from the question it answers
 * (a guarded UPDATE), and its answer row is written only when it did; true per write when stored. Two writes for
 * one attempt in a batch: the first one is tried, the later ones report false and are sorted out by re-reading.
 */
const ANSWER_TRANSACTION = { maxWait: 10_000, timeout: 10_000 };

export async function writeAnswers(handle: TDbHandle, writes: TAttemptWrite[]): Promise<boolean[]> {
  const seen = new Set<string>();
  const tried = writes.filter((write) => !seen.has(write.attemptId) && Boolean(seen.add(write.attemptId)));
  if (!tried.length) return writes.map(() => false);
  const moved = await handle.db.$transaction(async (tx) => {
    const values = sqlValues(
      handle.provider,
      tried.map((write) => [
        [write.attemptId, "text"],
        [write.row.position, "int"],
        [write.advance.currentIndex, "int"],
        [write.advance.servedAt, "timestamp"],
        [write.advance.score, "int"],
        [write.advance.accuracyScore, "int"],
        [write.advance.correctCount, "int"],
        [write.advance.streak, "int"],
        [write.advance.totalTimeMs, "int"],
        [write.advance.finishedAt, "timestamp"],
      ]),
    );
    const updated = await tx.$queryRawUnsafe<Array<{ id: string }>>(
      `WITH v("aid", "pos", "next", "at", "score", "acc", "correct", "streak", "total", "fin") AS (VALUES ${values.sql})
       UPDATE "Attempt" SET "currentIndex" = v."next", "servedAt" = v."at", "score" = v."score", "accuracyScore" = v."acc",
         "correctCount" = v."correct", "streak" = v."streak", "totalTimeMs" = v."total", "finishedAt" = v."fin"
       FROM v WHERE "Attempt"."id" = v."aid" AND "Attempt"."currentIndex" = v."pos" AND "Attempt"."finishedAt" IS NULL
       RETURNING "id"`,
      ...values.params,
    );
    const ids = new Set(updated.map((row) => row.id));
    const stored = tried.filter((write) => ids.has(write.attemptId));
    if (stored.length) {
      const rows = sqlValues(
        handle.provider,
        stored.map(({ attemptId, row }) => [
          [attemptId, "text"],
          [row.questionId, "text"],
          [row.position, "int"],
          [row.answer, "text"],
          [row.correct, "boolean"],
          [row.points, "int"],
          [row.bonus, "int"],
          [row.accuracyPoints, "int"],
          [row.timeMs, "int"],
          [row.createdAt, "timestamp"],
        ]),
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO "AttemptAnswer" ("attemptId", "questionId", "position", "answer", "correct", "points", "bonus", "accuracyPoints", "timeMs", "createdAt")
         VALUES ${rows.sql}`,
        ...rows.params,
      );
    }
    return ids;
    // A burst of answers queues for a connection rather than failing after Prisma's default 2 s: an answer the
    // player sent is worth waiting for (the group commit keeps such bursts rare on the answer path).
  }, ANSWER_TRANSACTION);
  return writes.map((write) => tried.includes(write) && moved.has(write.attemptId));
}

/** A question to stamp as served: the attempt, the question it must still be on, and when. */
export type TServeWrite = { attemptId: string; index: number; at: Date };

/**
 * Starts the clocks of questions shown, a batch in one statement (the "next" requests of a class arrive together,
 * like its answers): each once, guarded by the attempt being on that question and the question not served yet.
 * True per write when it was stamped; false when it was served before or the attempt moved on.
 */
export async function serveAttemptQuestions(handle: TDbHandle, writes: TServeWrite[]): Promise<boolean[]> {
  const seen = new Set<string>();
  const tried = writes.filter((write) => !seen.has(write.attemptId) && Boolean(seen.add(write.attemptId)));
  const values = sqlValues(
    handle.provider,
    tried.map((write) => [
      [write.attemptId, "text"],
      [write.index, "int"],
      [write.at, "timestamp"],
    ]),
  );
  const served = await handle.db.$queryRawUnsafe<Array<{ id: string }>>(
    `WITH v("aid", "pos", "at") AS (VALUES ${values.sql})
     UPDATE "Attempt" SET "servedAt" = v."at"
     FROM v WHERE "Attempt"."id" = v."aid" AND "Attempt"."currentIndex" = v."pos"
       AND "Attempt"."servedAt" IS NULL AND "Attempt"."finishedAt" IS NULL
     RETURNING "id"`,
    ...values.params,
  );
  const ids = new Set(served.map((row) => row.id));
  return writes.map((write) => tried.includes(write) && ids.has(write.attemptId));
}

/** Marks a finished attempt as posted, once; false when it was posted before. */
export async function markAttemptPosted(tx: TDbTransaction, attemptId: string, now: Date): Promise<boolean> {
  const marked = await tx.attempt.updateMany({ where: { id: attemptId, postedAt: null }, data: { postedAt: now } });
  return marked.count === 1;
}
