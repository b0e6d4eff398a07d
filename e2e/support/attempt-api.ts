// Self-study attempts through the API, as a script would play them: answer the question on screen, then ask for
// the next one (POST …/next starts its clock; the answer's reply never carries it).
import { expect, type APIRequestContext } from "@playwright/test";

export type TApiQuestion = { id: string; kind: string; options: Array<{ id: string; side?: string }> };
export type TApiAttempt = {
  id: string;
  score: number;
  index: number;
  total: number;
  finished: boolean;
  pending: boolean;
  question: TApiQuestion | null;
};
export type TAnswerReply = {
  duplicate: boolean;
  hasNext: boolean;
  feedback: { correct: boolean; points: number; questionId: string };
  attempt: TApiAttempt;
};

/** Shows the attempt's current question (its clock starts now, once). */
export async function showNext(request: APIRequestContext, attemptId: string): Promise<TApiAttempt> {
  const response = await request.post(`/api/attempts/${attemptId}/next`, { data: {} });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { attempt: TApiAttempt }).attempt;
}

/**
 * Answers the question on screen and, when one follows, shows it: the attempt as it stands then, with the
 * answer's reply.
 */
export async function answerAndGoOn(
  request: APIRequestContext,
  attempt: TApiAttempt,
  data: { answer: unknown; timeMs: number },
): Promise<{ reply: TAnswerReply; attempt: TApiAttempt }> {
  const response = await request.post(`/api/attempts/${attempt.id}/answers`, {
    data: { questionId: attempt.question!.id, ...data },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  const reply = (await response.json()) as TAnswerReply;
  expect(reply.attempt.question).toBeNull();
  return { reply, attempt: reply.hasNext ? await showNext(request, attempt.id) : reply.attempt };
}
