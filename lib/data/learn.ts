// Reads for learn mode, flashcards and the progress page: the facts as cards, from the question bank. Learn
// mode is not scored, so its questions travel with their answers and are graded in the browser. Server only.
import "server-only";
import { buildLearnFacts, type TLearnFact } from "@/lib/learn/fact-deck";
import { getQuestionBank } from "../db/question-bank";
import { localDate } from "../time/periods";
import { fetchSet } from "./sets";

/** What the progress page needs of each fact: which countries and themes it counts for. */
export type TFactSummary = Pick<TLearnFact, "id" | "countries" | "themes">;

/** The facts of a set (all facts without one) as learn cards; undefined for an unknown set. */
export async function fetchLearnFacts(setId?: string, now: Date = new Date()): Promise<TLearnFact[] | undefined> {
  const bank = await getQuestionBank();
  const set = setId === undefined ? undefined : await fetchSet(setId);
  if (setId !== undefined && !set) return undefined;
  // Answer options move from day to day, so a learner remembers facts rather than positions.
  return buildLearnFacts(bank.questions.values(), { factIds: set?.factIds, seed: localDate(now) });
}

export async function fetchFactSummaries(): Promise<TFactSummary[]> {
  const facts = (await fetchLearnFacts()) ?? [];
  return facts.map(({ id, countries, themes }) => ({ id, countries, themes }));
}
