// Which facts an answer to a question tells about. A question on one fact tests it; a question that names a fact
// first and cites one more for context (the date an article stands at, a background fact) tests the first; a
// question across several facts (an ordering, a matching) tests each of them. A map question asks where a
// country lies, which is no fact of the articles: it tests none (as in learn mode, `fact-deck.ts`).
import type { TStoredQuestion } from "@/questions/types";

export function testedFacts(question: Pick<TStoredQuestion, "kind" | "factIds">): string[] {
  if (question.kind === "map") return [];
  return question.factIds.length <= 2 ? question.factIds.slice(0, 1) : [...question.factIds];
}
