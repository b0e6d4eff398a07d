// Reads for learn mode, flashcards and the progress page: the facts as cards, from the question bank. Learn
// mode is not scored, so its questions travel with their answers and are graded in the browser. Server only.
import type { TFactSummary } from "@/lib/learn/types";
import "server-only";
import { buildLearnFacts, type TLearnFact } from "@/lib/learn/rules/fact-deck";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { localDate } from "@/lib/platform/time/periods";

/** The given facts (a set's; all facts without) as learn cards. */
export async function fetchLearnFacts(factIds?: readonly string[], now: Date = new Date()): Promise<TLearnFact[]> {
  const bank = await getQuestionBank();
  // Answer options move from day to day, so a learner remembers facts rather than positions.
  return buildLearnFacts(bank.questions.values(), { factIds, seed: localDate(now) });
}

export async function fetchFactSummaries(): Promise<TFactSummary[]> {
  const facts = await fetchLearnFacts();
  return facts.map(({ id, countries, themes }) => ({ id, countries, themes }));
}
