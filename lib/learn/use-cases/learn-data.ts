// Reads for learn mode, flashcards and the progress page: the facts as cards, from the question bank. A page
// gets the cards' fronts; a card's back (the fact, its sources, the solution of the question asked) is read
// when the learner answers or turns it, so no page ships the answers of questions nobody has answered. Server only.
import type { TFactSummary } from "@/lib/learn/types";
import "server-only";
import {
  buildLearnFacts,
  learnBack,
  learnCard,
  type TLearnBack,
  type TLearnCard,
  type TLearnFact,
} from "@/lib/learn/rules/fact-deck";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { localDate } from "@/lib/platform/time/periods";

/** The given facts (a set's; all facts without), whole: for the server only. */
async function learnFacts(factIds?: readonly string[], now: Date = new Date()): Promise<TLearnFact[]> {
  const bank = await getQuestionBank();
  // Answer options move from day to day, so a learner remembers facts rather than positions.
  return buildLearnFacts(bank.questions.values(), { factIds, seed: localDate(now) });
}

/** The fronts of the given facts' cards (a set's; all facts without). */
export async function fetchLearnCards(factIds?: readonly string[], now: Date = new Date()): Promise<TLearnCard[]> {
  return (await learnFacts(factIds, now)).map(learnCard);
}

/** The back of one card, with the solution of the question asked; undefined for an unknown fact or question. */
export async function fetchLearnBack(
  factId: string,
  questionId?: string,
  now: Date = new Date(),
): Promise<TLearnBack | undefined> {
  const [fact] = await learnFacts([factId], now);
  return fact ? learnBack(fact, questionId) : undefined;
}

export async function fetchFactSummaries(): Promise<TFactSummary[]> {
  const facts = await learnFacts();
  return facts.map(({ id, countries, themes }) => ({ id, countries, themes }));
}
