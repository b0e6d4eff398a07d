// How well a learner knows facts, from their FSRS cards: a fact's mastery grows with the card's stability
// (how many days it would be remembered), full at three weeks. Pure; shared by cards and charts.
import type { TFsrsCardJson } from "../store/schema";

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

/** Facts whose card is due at `now`. */
export function dueFactIds(cards: Record<string, TFsrsCardJson>, now: Date = new Date()): string[] {
  return Object.entries(cards)
    .filter(([, card]) => Date.parse(card.due) <= now.getTime())
    .map(([id]) => id);
}
