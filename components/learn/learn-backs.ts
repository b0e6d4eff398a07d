"use client";

// The backs of learn cards, read from the server when the learner answers or turns a card, and kept for the
// rest of the visit (a card turned twice is read once).
import { apiWithRetry, type TApiResult } from "@/lib/platform/http/api-client";
import type { TLearnBack } from "@/lib/learn/rules/fact-deck";

const backs = new Map<string, TLearnBack>();

export async function loadLearnBack(factId: string, questionId?: string): Promise<TApiResult<TLearnBack>> {
  const key = `${factId} ${questionId ?? ""}`;
  const kept = backs.get(key);
  if (kept) return { ok: true, status: 200, data: kept };
  const query = questionId ? `?question=${encodeURIComponent(questionId)}` : "";
  const result = await apiWithRetry<TLearnBack>(`/api/learn/facts/${encodeURIComponent(factId)}${query}`);
  if (result.ok) backs.set(key, result.data);
  return result;
}
