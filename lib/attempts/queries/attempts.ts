// Self-paced attempts: the server serves one question at a time, stamps when it did, grades each answer
// against the question bank and keeps the score. Every write is idempotent and guarded against races.
import { randomUUID } from "node:crypto";
import { playableQuestion, questionSolution } from "@/questions/present";
import type { TStoredQuestion } from "@/questions/types";
import { effectiveAnswerTime } from "@/lib/answering/rules/answer-time";
import { AnswerShapeError, gradeAnswer, type TAnswerValue } from "@/lib/scoring/rules/grade";
import { questionPoints, REFERENCE_SECONDS, scoreAnswer, type TScoringMode } from "@/lib/scoring/rules/points";
import type { TAnswerFeedback, TAttemptState } from "@/lib/attempts/types";
import type { TDb, TDbHandle } from "@/lib/platform/db/client";
import { refreshPlayerOnBoards } from "@/lib/leaderboards/use-cases/board-cache";
import { GLOBAL_SCOPE, recordScores } from "@/lib/leaderboards/queries/leaderboards";

export type { TAnswerFeedback, TAttemptState };

export type TAttemptRow = NonNullable<Awaited<ReturnType<TDb["attempt"]["findUnique"]>>>;

type TBank = { questions: Map<string, TStoredQuestion> };

// An attempt's question list is read on every answer; parsed once per list (the same string while it is played).
const parsedIds = new Map<string, readonly string[]>();

export function questionIdsOf(attempt: Pick<TAttemptRow, "questionIds">): readonly string[] {
  let ids = parsedIds.get(attempt.questionIds);
  if (!ids) {
    ids = JSON.parse(attempt.questionIds) as string[];
    if (parsedIds.size >= 5_000) parsedIds.delete(parsedIds.keys().next().value!);
    parsedIds.set(attempt.questionIds, ids);
  }
  return ids;
}

export function attemptState(attempt: TAttemptRow, bank: TBank, now: Date = new Date()): TAttemptState {
  const ids = questionIdsOf(attempt);
  const finished = Boolean(attempt.finishedAt);
  const current = finished ? undefined : bank.questions.get(ids[attempt.currentIndex] ?? "");
  return {
    id: attempt.id,
    setId: attempt.setId,
    scoring: attempt.scoring as TScoringMode,
    groupId: attempt.groupId,
    total: ids.length,
    index: attempt.currentIndex,
    finished,
    score: attempt.score,
    accuracyScore: attempt.accuracyScore,
    correctCount: attempt.correctCount,
    streak: attempt.streak,
    timerSeconds: attempt.timerSeconds,
    posted: Boolean(attempt.postedAt),
    question: current ? playableQuestion(current, attempt.id) : null,
    elapsedMs: current && attempt.servedAt ? Math.max(0, now.getTime() - attempt.servedAt.getTime()) : null,
  };
}

export async function createAttempt(
  db: TDb,
  input: {
    playerId: string;
    setId: string;
    questionIds: string[];
    scoring: TScoringMode;
    groupId?: string;
    timerSeconds?: number | null;
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
      servedAt: now,
      startedAt: now,
    },
  });
}

export type TSubmitResult = { ok: true; duplicate: boolean; feedback: TAnswerFeedback; attempt: TAttemptRow } | TRejection;

function feedbackFrom(
  row: { questionId: string; position: number; correct: boolean; points: number; bonus: number; timeMs: number; answer: string },
  question: TStoredQuestion,
  closeness: number,
): TAnswerFeedback {
  return {
    questionId: row.questionId,
    position: row.position,
    correct: row.correct,
    closeness,
    points: row.points,
    bonus: row.bonus,
    timeMs: row.timeMs,
    given: JSON.parse(row.answer) as TAnswerValue | null,
    solution: questionSolution(question),
  };
}

/** How close a stored answer was (regraded: a question edited since may no longer accept it, then by its mark). */
function storedCloseness(question: TStoredQuestion, row: { answer: string; correct: boolean }): number {
  try {
    return gradeAnswer(question, JSON.parse(row.answer) as TAnswerValue | null).closeness;
  } catch {
    return row.correct ? 1 : 0;
  }
}

/** The answer already given to this question, as first graded (a retry or double click counts once). */
async function existingFeedback(db: TDb, attemptId: string, question: TStoredQuestion): Promise<TAnswerFeedback | undefined> {
  const row = await db.attemptAnswer.findUnique({ where: { attemptId_questionId: { attemptId, questionId: question.id } } });
  return row ? feedbackFrom(row, question, storedCloseness(question, row)) : undefined;
}

/** An answer graded and ready to be written: its row, and the attempt's move to the next question. */
export type TAnswerPlan = {
  attemptId: string;
  row: {
    questionId: string;
    position: number;
    answer: string;
    correct: boolean;
    points: number;
    bonus: number;
    accuracyPoints: number;
    timeMs: number;
    createdAt: Date;
  };
  advance: {
    currentIndex: number;
    servedAt: Date;
    score: number;
    accuracyScore: number;
    correctCount: number;
    streak: number;
    totalTimeMs: number;
    finishedAt: Date | null;
  };
  feedback: TAnswerFeedback;
};

type TRejection = { ok: false; status: number; code: string; message: string; field?: string };
type TSubmitInput = { attempt: TAttemptRow; questionId: string; answer: TAnswerValue | null; clientTimeMs: number };

/**
 * Grades an answer against the attempt as given, without touching the database: the plan to write, "answered"
 * when the question lies behind (a retry; its stored answer is the reply), or why the answer is refused.
 */
export function planAnswer(
  bank: TBank,
  input: TSubmitInput,
  now: Date,
): { ok: true; plan: TAnswerPlan } | { ok: "answered" } | TRejection {
  const { attempt } = input;
  const ids = questionIdsOf(attempt);
  const position = ids.indexOf(input.questionId);
  const question = bank.questions.get(input.questionId);
  if (position < 0 || !question) {
    return {
      ok: false,
      status: 422,
      code: "question_not_in_attempt",
      field: "questionId",
      message: `question ${input.questionId} is not part of this attempt`,
    };
  }
  if (position < attempt.currentIndex || attempt.finishedAt) return { ok: "answered" };
  if (position !== attempt.currentIndex) {
    return {
      ok: false,
      status: 409,
      code: "not_current_question",
      field: "questionId",
      message: `answer question ${attempt.currentIndex + 1} first`,
    };
  }

  const elapsed = now.getTime() - (attempt.servedAt ?? attempt.startedAt).getTime();
  const time = effectiveAnswerTime(input.clientTimeMs, elapsed);
  if (!time.ok) return { ok: false, status: 422, code: "impossible_time", field: "timeMs", message: time.reason };

  let graded;
  try {
    graded = gradeAnswer(question, input.answer);
  } catch (error) {
    if (error instanceof AnswerShapeError) {
      return {
        ok: false,
        status: 400,
        code: "invalid_input",
        field: "answer",
        message: `answer: ${error.message} for a ${question.kind} question`,
      };
    }
    throw error;
  }

  const limitMs = (attempt.timerSeconds ?? REFERENCE_SECONDS[question.kind]) * 1000;
  // A second of grace for the request on its way; later than that, a timed question counts as unanswered.
  const timedOut = attempt.timerSeconds !== null && time.timeMs > limitMs + 1_000;
  const correct = graded.correct && !timedOut;
  const closeness = timedOut ? 0 : graded.closeness;
  const scored = scoreAnswer({ correct, closeness, timeMs: time.timeMs, limitMs, mode: "speed", previousStreak: attempt.streak });
  const accuracyPoints = questionPoints({ closeness, timeMs: time.timeMs, limitMs, mode: "accuracy" });
  const row = {
    questionId: question.id,
    position,
    answer: JSON.stringify(input.answer),
    correct,
    points: scored.points,
    bonus: scored.bonus,
    accuracyPoints,
    timeMs: time.timeMs,
    createdAt: now,
  };
  const advance = {
    currentIndex: position + 1,
    servedAt: now,
    score: attempt.score + scored.points + scored.bonus,
    accuracyScore: attempt.accuracyScore + accuracyPoints,
    correctCount: attempt.correctCount + (correct ? 1 : 0),
    streak: scored.streak,
    totalTimeMs: attempt.totalTimeMs + time.timeMs,
    finishedAt: position === ids.length - 1 ? now : null,
  };
  return { ok: true, plan: { attemptId: attempt.id, row, advance, feedback: feedbackFrom(row, question, closeness) } };
}

/** Writes one plan on its own; the answer endpoint batches plans instead (lib/attempts/answering.ts). */
export const writeAnswerNow = (handle: TDbHandle) => async (plan: TAnswerPlan) => (await writeAnswers(handle, [plan]))[0]!;

/**
 * Grades and stores one answer. The same answer sent twice counts once (duplicate: true, with what was stored
 * first). `write` stores a plan and says whether the attempt was still where the plan found it.
 */
export async function submitAnswer(
  handle: TDbHandle,
  bank: TBank,
  input: TSubmitInput,
  now: Date = new Date(),
  write: (plan: TAnswerPlan) => Promise<boolean> = writeAnswerNow(handle),
): Promise<TSubmitResult> {
  const { db } = handle;
  const { attempt } = input;
  const planned = planAnswer(bank, input, now);
  if (planned.ok === "answered") {
    // Answered before (a retry or double click counts once), or too late.
    const question = bank.questions.get(input.questionId)!;
    const earlier = await existingFeedback(db, attempt.id, question);
    if (earlier) return { ok: true, duplicate: true, feedback: earlier, attempt };
    if (attempt.finishedAt)
      return { ok: false, status: 409, code: "attempt_finished", message: "this attempt has ended; start a new one" };
    return {
      ok: false,
      status: 409,
      code: "not_current_question",
      field: "questionId",
      message: `answer question ${attempt.currentIndex + 1} first`,
    };
  }
  if (!planned.ok) return planned;
  const { plan } = planned;
  if (await write(plan)) return { ok: true, duplicate: false, feedback: plan.feedback, attempt: { ...attempt, ...plan.advance } };
  // Another request for the same attempt won the race; report what it stored.
  const fresh = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
  const stored = await existingFeedback(db, attempt.id, bank.questions.get(plan.row.questionId)!);
  if (stored) return { ok: true, duplicate: true, feedback: stored, attempt: fresh };
  return {
    ok: false,
    status: 409,
    code: "not_current_question",
    field: "questionId",
    message: "another answer was recorded first; reload the attempt",
  };
}

/**
 * Stores a batch of answers in one transaction. Each moves its attempt on only from the question it answers
 * (a guarded UPDATE), and its answer row is written only when it did; true per plan when stored. Two plans for
 * one attempt in a batch: the first one is tried, the later ones report false and are sorted out by re-reading.
 */
export async function writeAnswers(handle: TDbHandle, plans: TAnswerPlan[]): Promise<boolean[]> {
  const seen = new Set<string>();
  const tried = plans.filter((plan) => !seen.has(plan.attemptId) && Boolean(seen.add(plan.attemptId)));
  if (!tried.length) return plans.map(() => false);
  const sql = sqlFor(handle.provider);
  const moved = await handle.db.$transaction(async (tx) => {
    const values = sql.values(
      tried.map((plan) => [
        [plan.attemptId, "text"],
        [plan.row.position, "int"],
        [plan.advance.currentIndex, "int"],
        [plan.advance.servedAt, "timestamp"],
        [plan.advance.score, "int"],
        [plan.advance.accuracyScore, "int"],
        [plan.advance.correctCount, "int"],
        [plan.advance.streak, "int"],
        [plan.advance.totalTimeMs, "int"],
        [plan.advance.finishedAt, "timestamp"],
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
    const stored = tried.filter((plan) => ids.has(plan.attemptId));
    if (stored.length) {
      const rows = sql.values(
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
  });
  return plans.map((plan) => tried.includes(plan) && moved.has(plan.attemptId));
}

type TSqlType = "text" | "int" | "boolean" | "timestamp";
type TSqlValue = string | number | boolean | Date | null;

/**
 * Rows of parameters as a VALUES list in each provider's dialect. PostgreSQL needs the types spelled out (its
 * VALUES has no table to infer them from) and takes dates as timestamps; SQLite keeps dates as ISO text with an
 * offset, the way Prisma writes them, and booleans as 0 and 1.
 */
function sqlFor(provider: TDbHandle["provider"]) {
  return {
    values(rows: Array<Array<[TSqlValue, TSqlType]>>): { sql: string; params: TSqlValue[] } {
      const params: TSqlValue[] = [];
      const tuples = rows.map((row) => {
        const cells = row.map(([value, type]) => {
          if (provider === "sqlite") {
            params.push(
              value instanceof Date
                ? value.toISOString().replace("Z", "+00:00")
                : typeof value === "boolean"
                  ? Number(value)
                  : value,
            );
            return "?";
          }
          params.push(value instanceof Date ? value.toISOString() : value);
          return `$${params.length}::${type === "timestamp" ? "timestamp(3)" : type === "int" ? "integer" : type}`;
        });
        return `(${cells.join(", ")})`;
      });
      return { sql: tuples.join(", "), params };
    },
  };
}

/** Every answer of an attempt with its question's solution, for the results page. */
export async function attemptAnswers(db: TDb, bank: TBank, attemptId: string): Promise<TAnswerFeedback[]> {
  const rows = await db.attemptAnswer.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
  return rows.flatMap((row) => {
    const question = bank.questions.get(row.questionId);
    if (!question) return [];
    return [feedbackFrom(row, question, storedCloseness(question, row))];
  });
}

export type TPostResult = { posted: boolean; alreadyPosted: boolean };

/**
 * Puts a finished attempt on the leaderboards, once: globally with its speed score, and in each of the player's
 * groups with the score that group counts (speed and accuracy, or accuracy only).
 */
export async function postAttempt(handle: TDbHandle, attempt: TAttemptRow, now: Date = new Date()): Promise<TPostResult> {
  if (!attempt.finishedAt) return { posted: false, alreadyPosted: false };
  const finishedAt = attempt.finishedAt;
  const posted = await handle.db.$transaction(async (tx) => {
    const marked = await tx.attempt.updateMany({ where: { id: attempt.id, postedAt: null }, data: { postedAt: now } });
    if (marked.count !== 1) return false;
    const memberships = await tx.groupMember.findMany({ where: { playerId: attempt.playerId }, include: { group: true } });
    const scores = [
      { scope: GLOBAL_SCOPE, score: attempt.score },
      ...memberships.map(({ group }) => ({
        scope: group.id,
        score: group.scoring === "accuracy" ? attempt.accuracyScore : attempt.score,
      })),
    ];
    await recordScores(handle, { playerId: attempt.playerId, setId: attempt.setId, scores, at: finishedAt }, tx);
    return true;
  });
  if (posted) await refreshPlayerOnBoards(handle.db, attempt.playerId, attempt.setId);
  return { posted, alreadyPosted: !posted };
}
