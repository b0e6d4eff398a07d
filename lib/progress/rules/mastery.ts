// How well a learner knows facts, from their FSRS cards: a fact's mastery grows with the card's stability
// (how many days it would be remembered), full at three weeks. Pure; shared by cards and charts.
import type { TFsrsCardJson } from "@/lib/progress/store/schema";

export const MASTERY_FULL_DAYS = 21;

export function factMastery(card: TFsrsCardJson | undefined): number {
  if (!card || card.reps === 0) return 0;
  return Math.min(1, card.stability / MASTERY_FULL_DAYS);
}

/** The mean mastery (0 to 1) of a list of facts. */
export function masteryOf(factIds: readonly string[], cards: Record<string, TFsrsCardJson>): number {
  if (!factIds.length) return 0;
  return factIds.reduce((sum, id) => sum + factMastery(cards[id]), 0) / factIds.length;
}

// Learning cards (FSRS state 1, relearning 3) due within this many minutes count as due already: the learn
// queue (lib/learn/queue.ts) shows them in the same session (learn ahead, as Anki does), so the home page, the
// progress page and the review page count the same cards. Defined here, without ts-fsrs, for the home page.
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Facts the review session would show now: cards due at `now`, and learning cards due within 20 minutes. */
export function dueFactIds(cards: Record<string, TFsrsCardJson>, now: Date = new Date()): string[] {
  const at = now.getTime();
  return Object.entries(cards)
    .filter(
      ([, card]) => card.state !== 0 && Date.parse(card.due) <= at + (card.state === 1 || card.state === 3 ? LEARN_AHEAD_MS : 0),
    )
    .map(([id]) => id);
}
