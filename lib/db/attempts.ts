// Self-paced attempts: the server serves one question at a time, stamps when it did, grades each answer
// against the question bank and keeps the score. Every write is idempotent and guarded against races.
import { randomUUID } from "node:crypto";
import { playableQuestion, questionSolution } from "../../questions/present";
import type { TStoredQuestion } from "../../questions/types";
import { effectiveAnswerTime } from "../attempts/answer-time";
import { AnswerShapeError, gradeAnswer, type TAnswerValue } from "../scoring/grade";
import { questionPoints, REFERENCE_SECONDS, scoreAnswer, type TScoringMode } from "../scoring/points";
import type { TAnswerFeedback, TAttemptState } from "../attempts/types";
import type { TDb, TDbHandle } from "./client";
import { GLOBAL_SCOPE, recordScores } from "./leaderboards";

export type { TAnswerFeedback, TAttemptState };

export type TAttemptRow = NonNullable<Awaited<ReturnType<TDb["attempt"]["findUnique"]>>>;

type TBank = { questions: Map<string, TStoredQuestion> };

export function questionIdsOf(attempt: Pick<TAttemptRow, "questionIds">): string[] {
  return JSON.parse(attempt.questionIds) as string[];
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
  input: { playerId: string; setId: string; questionIds: string[]; scoring: TScoringMode; groupId?: string; timerSeconds?: number | null },
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

export type TSubmitResult =
  | { ok: true; duplicate: boolean; feedback: TAnswerFeedback; attempt: TAttemptRow }
  | { ok: false; status: number; code: string; message: string; field?: string };

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

export async function submitAnswer(
  db: TDb,
  bank: TBank,
  input: { attempt: TAttemptRow; questionId: string; answer: TAnswerValue | null; clientTimeMs: number },
  now: Date = new Date(),
): Promise<TSubmitResult> {
  const { attempt } = input;
  const ids = questionIdsOf(attempt);
  const position = ids.indexOf(input.questionId);
  const question = bank.questions.get(input.questionId);
  if (position < 0 || !question) {
    return { ok: false, status: 422, code: "question_not_in_attempt", field: "questionId", message: `question ${input.questionId} is not part of this attempt` };
  }
  if (position < attempt.currentIndex || attempt.finishedAt) {
    // Answered before (a retry or double click counts once), or too late.
    const earlier = await existingFeedback(db, attempt.id, question);
    if (earlier) return { ok: true, duplicate: true, feedback: earlier, attempt };
  }
  if (attempt.finishedAt) return { ok: false, status: 409, code: "attempt_finished", message: "this attempt has ended; start a new one" };
  if (position !== attempt.currentIndex) {
    return { ok: false, status: 409, code: "not_current_question", field: "questionId", message: `answer question ${attempt.currentIndex + 1} first` };
  }

  const elapsed = now.getTime() - (attempt.servedAt ?? attempt.startedAt).getTime();
  const time = effectiveAnswerTime(input.clientTimeMs, elapsed);
  if (!time.ok) return { ok: false, status: 422, code: "impossible_time", field: "timeMs", message: time.reason };

  let graded;
  try {
    graded = gradeAnswer(question, input.answer);
  } catch (error) {
    if (error instanceof AnswerShapeError) {
      return { ok: false, status: 400, code: "invalid_input", field: "answer", message: `answer: ${error.message} for a ${question.kind} question` };
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
  const last = position === ids.length - 1;

  const row = {
    attemptId: attempt.id,
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
    finishedAt: last ? now : null,
  };
  try {
    // One short transaction, no round trips of ours inside it: the answer (unique per question, so a race or a
    // replay fails here) and the move to the next question, only from the question this answer was for.
    const [, moved] = await db.$transaction([
      db.attemptAnswer.create({ data: row }),
      db.attempt.updateMany({ where: { id: attempt.id, currentIndex: position, finishedAt: null }, data: advance }),
    ]);
    if (moved.count !== 1) {
      await db.attemptAnswer.delete({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: question.id } } });
      throw new ConcurrentAnswerError();
    }
    return { ok: true, duplicate: false, feedback: feedbackFrom(row, question, closeness), attempt: { ...attempt, ...advance } };
  } catch (error) {
    if (error instanceof ConcurrentAnswerError || (error as { code?: string }).code === "P2002") {
      // Another request for the same attempt won the race; report what it stored.
      const fresh = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
      const stored = await existingFeedback(db, attempt.id, question);
      if (stored) return { ok: true, duplicate: true, feedback: stored, attempt: fresh };
      return { ok: false, status: 409, code: "not_current_question", field: "questionId", message: "another answer was recorded first; reload the attempt" };
    }
    throw error;
  }
}

class ConcurrentAnswerError extends Error {}

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
      ...memberships.map(({ group }) => ({ scope: group.id, score: group.scoring === "accuracy" ? attempt.accuracyScore : attempt.score })),
    ];
    await recordScores(handle, { playerId: attempt.playerId, setId: attempt.setId, scores, at: finishedAt }, tx);
    return true;
  });
  return { posted, alreadyPosted: !posted };
}
