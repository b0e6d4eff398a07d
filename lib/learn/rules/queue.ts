// Which card learn mode shows next, as Anki does: cards that are due (overdue first), then new facts up to a
// daily limit, and, when nothing else is left, learning cards due within the next 20 minutes (learn ahead), so a
// card rated "Again" comes back in the same session. Pure: the clock and the time zone are passed in.
import { State } from "ts-fsrs";
import { LEARN_AHEAD_MS } from "@/lib/progress/rules/mastery";
import { dayOf } from "@/lib/platform/time/days";
import type { TFsrsCardJson, TReviewRecord } from "@/lib/progress/store/schema";

export { LEARN_AHEAD_MS };

export type TQueueInput = {
  /** The deck's facts; new ones are introduced in this order. */
  factIds: readonly string[];
  cards: Record<string, TFsrsCardJson>;
  reviewLog: readonly TReviewRecord[];
  now: Date;
  timeZone: string;
  newPerDay: number;
  /** New cards the learner asked for beyond today's limit, in this session. */
  extraNew?: number;
};

export type TLearnQueue = {
  /** Due now, the longest overdue first. */
  due: string[];
  /** New facts to introduce now, within what is left of today's limit. */
  fresh: string[];
  /** Learning cards due within LEARN_AHEAD_MS, soonest first. */
  ahead: string[];
  /** New facts of the deck beyond today's limit. */
  newWaiting: number;
  /** Cards in the learning steps (new cards just seen, lapsed ones) among due and ahead. */
  learningCount: number;
  /** Review cards due now. */
  reviewCount: number;
  /** The earliest due date of the deck's cards that are not in the queue. */
  nextDue: Date | undefined;
};

const isNew = (card: TFsrsCardJson | undefined) => !card || card.state === State.New;
const isLearning = (card: TFsrsCardJson) => card.state === State.Learning || card.state === State.Relearning;

/** How many facts were introduced (first rated in learn mode or flashcards) on the local day of `now`. */
export function newIntroducedToday(reviewLog: readonly TReviewRecord[], now: Date, timeZone: string): number {
  const today = dayOf(now, timeZone);
  const introduced = new Set(
    reviewLog.filter((review) => review.state === State.New && dayOf(review.at, timeZone) === today).map((r) => r.factId),
  );
  return introduced.size;
}

export function buildLearnQueue(input: TQueueInput): TLearnQueue {
  const { cards, now } = input;
  const at = now.getTime();
  const deck = [...new Set(input.factIds)];
  const byDue = (a: string, b: string) => Date.parse(cards[a]!.due) - Date.parse(cards[b]!.due) || a.localeCompare(b);

  const started = deck.filter((id) => !isNew(cards[id]));
  const due = started.filter((id) => Date.parse(cards[id]!.due) <= at).sort(byDue);
  const ahead = started
    .filter(
      (id) => isLearning(cards[id]!) && Date.parse(cards[id]!.due) > at && Date.parse(cards[id]!.due) <= at + LEARN_AHEAD_MS,
    )
    .sort(byDue);
  const newFacts = deck.filter((id) => isNew(cards[id]));
  const allowed = Math.max(0, input.newPerDay + (input.extraNew ?? 0) - newIntroducedToday(input.reviewLog, now, input.timeZone));
  const fresh = newFacts.slice(0, allowed);

  const queued = new Set([...due, ...ahead]);
  const later = started.filter((id) => !queued.has(id)).sort(byDue)[0];
  return {
    due,
    fresh,
    ahead,
    newWaiting: newFacts.length - fresh.length,
    learningCount: [...due, ...ahead].filter((id) => isLearning(cards[id]!)).length,
    reviewCount: due.filter((id) => !isLearning(cards[id]!)).length,
    nextDue: later ? new Date(cards[later]!.due) : undefined,
  };
}

/** The fact to show next, or undefined when the session is done. */
export function nextFactId(queue: TLearnQueue): string | undefined {
  return queue.due[0] ?? queue.fresh[0] ?? queue.ahead[0];
}
