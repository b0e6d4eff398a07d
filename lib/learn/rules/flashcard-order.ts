// The order of a flashcard deck: what is due first (longest overdue first), then facts never studied (easiest
// first), then the rest by when they come due. Fixed when the deck opens, so the arrow keys move through a
// stable stack. Pure.
import { State } from "ts-fsrs";
import type { TFsrsCardJson } from "@/lib/progress/store/schema";
import type { TLearnFact } from "./fact-deck";

export function flashcardOrder(
  facts: readonly Pick<TLearnFact, "id" | "difficulty">[],
  cards: Record<string, TFsrsCardJson>,
  now: Date,
): string[] {
  const dueAt = (id: string) => Date.parse(cards[id]!.due);
  const started = facts.filter((fact) => cards[fact.id] && cards[fact.id]!.state !== State.New);
  const fresh = facts
    .filter((fact) => !started.includes(fact))
    .sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id));
  const byDue = (a: { id: string }, b: { id: string }) => dueAt(a.id) - dueAt(b.id) || a.id.localeCompare(b.id);
  const due = started.filter((fact) => dueAt(fact.id) <= now.getTime()).sort(byDue);
  const later = started.filter((fact) => dueAt(fact.id) > now.getTime()).sort(byDue);
  return [...due, ...fresh, ...later].map((fact) => fact.id);
}
