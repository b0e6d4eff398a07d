// One answer to a self-paced attempt: planned by the answering engine against the attempt as given, written with
// a guard on the question the attempt is on. The same answer sent twice counts once.
import { questionForGrading, type TGradingBank } from "@/lib/sets/types";
import { feedbackFromRow } from "@/lib/answering/rules/feedback";
import { notCurrentQuestion, planAnswer } from "@/lib/answering/rules/plan-answer";
import type { TAnswerFeedback, TAnswerRejection } from "@/lib/answering/types";
import type { TDbHandle } from "@/lib/platform/db/client";
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TStoredQuestion } from "@/questions/types";
import { attemptRun, questionIdsOf } from "@/lib/attempts/rules/attempt-state";
import { findAttempt, findAttemptAnswer, writeAnswers, type TAttemptWrite } from "@/lib/attempts/queries/attempts";
import type { TAttemptRow } from "@/lib/attempts/types";
import { writtenAnswer } from "@/lib/attempts/rules/write-mode";
import { gradeTyped } from "@/lib/scoring/rules/typed-answer";

type TBank = TGradingBank;

export type TSubmitInput = { attempt: TAttemptRow; questionId: string; answer: TAnswerValue | null; clientTimeMs: number };

export type TSubmitResult =
  | { ok: true; duplicate: boolean; feedback: TAnswerFeedback; attempt: TAttemptRow }
  | (Omit<TAnswerRejection, "code"> & { code: TAnswerRejection["code"] | "attempt_finished" });

/** Writes one answer on its own; the answer endpoint batches them instead (answer-attempt.ts). */
export const writeAnswerNow = (handle: TDbHandle) => async (write: TAttemptWrite) => (await writeAnswers(handle, [write]))[0]!;

/** The answer already given to this question, as first graded (a retry or double click counts once). */
async function storedFeedback(handle: TDbHandle, attemptId: string, question: TStoredQuestion) {
  const row = await findAttemptAnswer(handle.db, attemptId, question.id);
  return row ? feedbackFromRow(row, question) : undefined;
}

/**
 * Grades and stores one answer. `write` stores the planned answer and says whether the attempt was still where
 * the plan found it; when it was not, another request won the race and its stored answer is the reply.
 */
export async function submitAnswer(
  handle: TDbHandle,
  bank: TBank,
  input: TSubmitInput,
  now: Date = new Date(),
  write: (write: TAttemptWrite) => Promise<boolean> = writeAnswerNow(handle),
): Promise<TSubmitResult> {
  const { attempt } = input;
  const ids = questionIdsOf(attempt);
  const position = ids.indexOf(input.questionId);
  const question = questionForGrading(bank, input.questionId);
  if (position < 0 || !question) {
    return {
      ok: false,
      status: 422,
      code: "question_not_in_attempt",
      field: "questionId",
      message: `question ${input.questionId} is not part of this attempt`,
    };
  }
  const typed = attempt.answerMode === "write";
  if (typed && input.answer !== null && typeof input.answer !== "string") {
    return { ok: false, status: 400, code: "invalid_input", field: "answer", message: "answer: type the name as text" };
  }
  // Write mode: the typed name is graded here, with typo tolerance, against the right and the other names.
  const written = typed ? writtenAnswer(question) : undefined;
  const typedRight = written && typeof input.answer === "string" && gradeTyped(input.answer, written.right, written.others);
  const plan = planAnswer({
    run: attemptRun(attempt),
    position,
    question,
    answer: input.answer,
    clientTimeMs: input.clientTimeMs,
    now,
    graded: written && { correct: Boolean(typedRight), closeness: typedRight ? 1 : 0 },
  });
  const withWritten = (feedback: TAnswerFeedback): TAnswerFeedback =>
    written ? { ...feedback, written: written.shown } : feedback;
  if (plan.ok === "answered") {
    const earlier = await storedFeedback(handle, attempt.id, question);
    if (earlier) return { ok: true, duplicate: true, feedback: withWritten(earlier), attempt };
    if (attempt.finishedAt)
      return { ok: false, status: 409, code: "attempt_finished", message: "this attempt has ended; start a new one" };
    return notCurrentQuestion(attempt.currentIndex);
  }
  if (!plan.ok) return plan;

  const { row } = plan;
  const advance = {
    currentIndex: position + 1,
    // The next question is served when the client asks to show it, not now: reading the feedback is nobody's time.
    servedAt: null,
    score: attempt.score + row.points + row.bonus,
    accuracyScore: attempt.accuracyScore + row.accuracyPoints,
    correctCount: attempt.correctCount + (row.correct ? 1 : 0),
    streak: plan.streak,
    totalTimeMs: attempt.totalTimeMs + row.timeMs,
    finishedAt: position === ids.length - 1 ? now : null,
  };
  if (await write({ attemptId: attempt.id, row: { ...row, createdAt: now }, advance })) {
    return {
      ok: true,
      duplicate: false,
      feedback: withWritten(feedbackFromRow(row, question)),
      attempt: { ...attempt, ...advance },
    };
  }
  // Another request for the same attempt won the race; report what it stored.
  const fresh = (await findAttempt(handle.db, attempt.id))!;
  const stored = await storedFeedback(handle, attempt.id, question);
  if (stored) return { ok: true, duplicate: true, feedback: withWritten(stored), attempt: fresh };
  return { ...notCurrentQuestion(fresh.currentIndex), message: "another answer was recorded first; reload the attempt" };
}
