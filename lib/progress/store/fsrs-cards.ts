// Facts' FSRS cards as the store keeps them (JSON, dates as ISO strings), scheduled by ts-fsrs. One scheduler
// for the whole app, so a rating, its preview on a button and a quiz answer's seeding agree.
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import type { TAnswerRecord, TFsrsCardJson } from "./schema";

// No fuzz: the interval shown on a rating button is the interval the card gets.
const scheduler = fsrs({ enable_fuzz: false });

export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

export function cardToJson(card: Card): TFsrsCardJson {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

export function cardFromJson(json: TFsrsCardJson): Card {
  return { ...json, due: new Date(json.due), last_review: json.last_review ? new Date(json.last_review) : undefined } as Card;
}

/** The card after a rating at `now` (a new card if the fact had none). */
export function rateCard(existing: TFsrsCardJson | undefined, rating: Grade, now: Date): TFsrsCardJson {
  const card = existing ? cardFromJson(existing) : createEmptyCard(now);
  return cardToJson(scheduler.next(card, now, rating).card);
}

/** When the card would be due after each rating at `now`: what the rating buttons show (like Anki). */
export function previewDue(existing: TFsrsCardJson | undefined, now: Date): Record<Grade, Date> {
  const preview = scheduler.repeat(existing ? cardFromJson(existing) : createEmptyCard(now), now);
  return Object.fromEntries(GRADES.map((grade) => [grade, preview[grade].card.due])) as Record<Grade, Date>;
}

/**
 * Quiz answers start cards too: a fact seen for the first time gets a card rated by the answer; a card that
 * is due is reviewed by it; a card not yet due is left alone (a quiz must not push reviews around).
 */
export function seedCards(cards: Record<string, TFsrsCardJson>, answer: TAnswerRecord, now: Date): Record<string, TFsrsCardJson> {
  const next = { ...cards };
  const rating = answer.correct ? Rating.Good : Rating.Again;
  for (const factId of answer.factIds) {
    const card = next[factId];
    if (!card || Date.parse(card.due) <= now.getTime()) next[factId] = rateCard(card, rating, now);
  }
  return next;
}
