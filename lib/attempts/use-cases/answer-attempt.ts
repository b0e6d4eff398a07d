// The self-study answer path under load: attempts being played are kept in memory, so an answer costs no read,
// and answers arriving together are written together (group commit: one transaction per burst). The database
// stays the judge: every write is guarded by the question the attempt is on, so a copy that fell behind (the
// player's previous answer went to another instance) makes the write fail, and the answer is tried again from
// the database's row.
import { questionForGrading } from "@/lib/sets/types";
import type { TDbHandle } from "@/lib/platform/db/client";
import {
  findAttempt,
  serveAttemptQuestions,
  writeAnswers,
  type TAttemptWrite,
  type TServeWrite,
} from "@/lib/attempts/queries/attempts";
import type { TAttemptRow } from "@/lib/attempts/types";
import { submitAnswer, type TSubmitResult } from "./submit-answer";
import { GroupCommit } from "@/lib/platform/db/group-commit";
import { sealedQuestionId, sealFeedback, unsealAnswer, type TSeal } from "@/lib/answering/rules/seal";
import { questionIdsOf } from "@/lib/attempts/rules/attempt-state";
import type { TStoredQuestion } from "@/questions/types";
import type { TAnswerValue } from "@/lib/scoring/types";

const MAX_ATTEMPTS = 20_000;

/** The bank's id of the question a sealed id names (the current question is tried first); unknown: as given. */
function unsealQuestionId(ids: readonly string[], current: number, sealedId: string, seal: TSeal): string {
  const candidate = ids[current];
  if (candidate !== undefined && sealedQuestionId(seal, candidate) === sealedId) return candidate;
  return ids.find((id) => sealedQuestionId(seal, id) === sealedId) ?? sealedId;
}

type TState = {
  attempts: Map<string, TAttemptRow>;
  commits: GroupCommit<TAttemptWrite, boolean>;
  serves: GroupCommit<TServeWrite, boolean>;
};

// Per database client, on globalThis: the fast routes and the Next.js bundles share one cache and one queue.
const globalForAnswering = globalThis as typeof globalThis & { __quizAnswering?: WeakMap<object, TState> };
const states = (globalForAnswering.__quizAnswering ??= new WeakMap<object, TState>());

function stateOf(handle: TDbHandle): TState {
  let state = states.get(handle.db);
  if (!state) {
    state = {
      attempts: new Map(),
      commits: new GroupCommit((writes) => writeAnswers(handle, writes)),
      serves: new GroupCommit((writes) => serveAttemptQuestions(handle, writes)),
    };
    states.set(handle.db, state);
  }
  return state;
}

/** Keeps an unfinished attempt (never an older copy over a newer one); forgets a finished one. */
function remember(state: TState, attempt: TAttemptRow): void {
  const known = state.attempts.get(attempt.id);
  if (attempt.finishedAt) return void state.attempts.delete(attempt.id);
  if (known && known.currentIndex > attempt.currentIndex) return;
  state.attempts.delete(attempt.id);
  if (state.attempts.size >= MAX_ATTEMPTS) state.attempts.delete(state.attempts.keys().next().value!);
  state.attempts.set(attempt.id, attempt);
}

const notFound = (id: string): TSubmitResult => ({
  ok: false,
  status: 404,
  code: "not_found",
  message: `attempt "${id}" does not exist`,
});

export async function answerAttempt(
  handle: TDbHandle,
  bank: { questions: Map<string, TStoredQuestion> },
  input: { attemptId: string; playerId: string; questionId: string; answer: TAnswerValue | null; clientTimeMs: number },
  now: Date = new Date(),
  seal?: TSeal,
): Promise<TSubmitResult> {
  const state = stateOf(handle);
  const write = (item: TAttemptWrite) => state.commits.enqueue(item);
  const load = () => findAttempt(handle.db, input.attemptId);
  const cached = state.attempts.get(input.attemptId);
  const attempt = cached ?? (await load());
  if (!attempt) return notFound(input.attemptId);
  if (attempt.playerId !== input.playerId)
    return { ok: false, status: 403, code: "not_your_attempt", message: "this attempt belongs to another player" };

  // A graded client knows its questions and options by sealed ids only: read them back to the bank's.
  const question = seal
    ? unsealQuestionId(questionIdsOf(attempt), attempt.currentIndex, input.questionId, seal)
    : input.questionId;
  const real = questionForGrading(bank, question);
  const answer = {
    questionId: question,
    // A typed answer (write mode) is text, not sealed ids.
    answer: seal && real && attempt.answerMode !== "write" ? unsealAnswer(real, input.answer, seal) : input.answer,
    clientTimeMs: input.clientTimeMs,
  };
  let result = await submitAnswer(handle, bank, { attempt, ...answer }, now, write);
  if (cached && !result.ok && (result.code === "not_current_question" || result.code === "question_not_shown")) {
    // The copy in memory may be behind the database (moved on or shown elsewhere): try once more from the stored row.
    state.attempts.delete(input.attemptId);
    const fresh = await load();
    if (!fresh) return notFound(input.attemptId);
    result = await submitAnswer(handle, bank, { attempt: fresh, ...answer }, now, write);
  }
  if (!result.ok) return result;
  remember(state, result.attempt);
  return seal && real ? { ...result, feedback: sealFeedback(real, result.feedback, seal) } : result;
}

export type TShowResult =
  { ok: true; attempt: TAttemptRow } | { ok: false; status: number; code: "not_found" | "not_your_attempt"; message: string };

/**
 * Shows the attempt's current question: stamps when it was served, once. A repeat (a double click, a reload)
 * gets the same question without restarting its clock. Keeps the in-memory copy the answer path reads in step,
 * so the answer that follows costs no read.
 */
export async function showCurrentQuestion(
  handle: TDbHandle,
  input: { attemptId: string; playerId: string },
  now: Date = new Date(),
): Promise<TShowResult> {
  const state = stateOf(handle);
  const cached = state.attempts.get(input.attemptId);
  // Only a copy that waits to be shown is trusted; one that says "shown" may be behind (answered elsewhere).
  let attempt = cached && !cached.servedAt ? cached : await findAttempt(handle.db, input.attemptId);
  if (!attempt) return { ok: false, status: 404, code: "not_found", message: `attempt "${input.attemptId}" does not exist` };
  if (attempt.playerId !== input.playerId)
    return { ok: false, status: 403, code: "not_your_attempt", message: "this attempt belongs to another player" };
  // Twice at most: a copy in memory may be a question behind (answered on another instance); the stored row
  // then says where the attempt is, and whether another request served its question first.
  for (let tries = 0; tries < 2 && !attempt.finishedAt && !attempt.servedAt; tries++) {
    if (await state.serves.enqueue({ attemptId: attempt.id, index: attempt.currentIndex, at: now })) {
      attempt = { ...attempt, servedAt: now };
    } else attempt = (await findAttempt(handle.db, input.attemptId)) ?? attempt;
  }
  remember(state, attempt);
  return { ok: true, attempt };
}
