import { describe, expect, it } from "vitest";
import { Rating, State } from "ts-fsrs";
import { rateCard } from "@/lib/progress/store/fsrs-cards";
import type { TFsrsCardJson, TReviewRecord } from "@/lib/progress/store/schema";
import { dueFactIds } from "@/lib/progress/rules/mastery";
import { buildLearnQueue, LEARN_AHEAD_MS, newIntroducedToday, nextFactId, type TQueueInput } from "./queue";

const TZ = "Europe/Berlin";
const now = new Date("2026-11-21T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

/** A card in review, due at `due`. */
function reviewCard(due: Date): TFsrsCardJson {
  const learned = rateCard(undefined, Rating.Easy, new Date("2026-10-01T10:00:00Z"));
  return { ...learned, state: State.Review, due: due.toISOString() };
}
/** A card in its learning steps, due at `due`. */
function learningCard(due: Date): TFsrsCardJson {
  return { ...rateCard(undefined, Rating.Again, now), due: due.toISOString() };
}
const introduced = (factId: string, at: Date): TReviewRecord => ({
  factId,
  rating: Rating.Good,
  state: State.New,
  at: at.toISOString(),
  source: "learn",
});

const input = (overrides: Partial<TQueueInput>): TQueueInput => ({
  factIds: [],
  cards: {},
  reviewLog: [],
  now,
  timeZone: TZ,
  newPerDay: 10,
  ...overrides,
});

describe("the learn queue", () => {
  it("shows due cards first, the longest overdue first, then new facts in deck order", () => {
    const queue = buildLearnQueue(
      input({
        factIds: ["n1", "a", "b", "n2", "later"],
        cards: { a: reviewCard(minutes(-5)), b: reviewCard(minutes(-60 * 24)), later: reviewCard(minutes(60 * 24)) },
      }),
    );
    expect(queue.due).toEqual(["b", "a"]);
    expect(queue.fresh).toEqual(["n1", "n2"]);
    expect(queue.reviewCount).toBe(2);
    expect(queue.nextDue?.toISOString()).toBe(minutes(60 * 24).toISOString());
    expect(nextFactId(queue)).toBe("b");
  });

  it("introduces at most the daily limit of new facts, counting those already introduced today", () => {
    const factIds = ["n1", "n2", "n3", "n4", "n5"];
    const yesterday = new Date("2026-11-20T12:00:00Z");
    const log = [introduced("x", minutes(-30)), introduced("x", minutes(-20)), introduced("y", yesterday)];
    const queue = buildLearnQueue(input({ factIds, reviewLog: log, newPerDay: 3 }));
    // "x" was introduced today (twice rated, counted once); "y" yesterday does not count.
    expect(newIntroducedToday(log, now, TZ)).toBe(1);
    expect(queue.fresh).toEqual(["n1", "n2"]);
    expect(queue.newWaiting).toBe(3);
    expect(buildLearnQueue(input({ factIds, reviewLog: log, newPerDay: 3, extraNew: 5 })).fresh).toHaveLength(5);
  });

  it("starts the day afresh at the learner's midnight, not UTC's", () => {
    // 23:30 UTC on the 20th is 00:30 on the 21st in Berlin.
    const log = [introduced("x", new Date("2026-11-20T23:30:00Z"))];
    expect(newIntroducedToday(log, now, TZ)).toBe(1);
    expect(newIntroducedToday(log, now, "UTC")).toBe(0);
  });

  it("brings a learning card back within the session (learn ahead) only when nothing else is left", () => {
    const cards = { soon: learningCard(minutes(1)), far: learningCard(minutes(30)), due: reviewCard(minutes(-1)) };
    const queue = buildLearnQueue(input({ factIds: ["soon", "far", "due"], cards }));
    expect(queue.ahead).toEqual(["soon"]);
    expect(nextFactId(queue)).toBe("due");
    expect(queue.learningCount).toBe(1);
    const after = buildLearnQueue(input({ factIds: ["soon", "far"], cards }));
    expect(nextFactId(after)).toBe("soon");
    expect(after.nextDue?.getTime()).toBe(minutes(30).getTime());
    expect(LEARN_AHEAD_MS).toBeLessThan(30 * 60_000);
  });

  it("is done when nothing is due, nothing is new and no learning card is near", () => {
    const queue = buildLearnQueue(input({ factIds: ["a"], cards: { a: reviewCard(minutes(60 * 48)) } }));
    expect(nextFactId(queue)).toBeUndefined();
    expect(queue.nextDue?.getTime()).toBe(minutes(60 * 48).getTime());
  });

  it("ignores cards of facts outside the deck, and a card never rated counts as new", () => {
    const never: TFsrsCardJson = { ...reviewCard(minutes(-10)), state: State.New, reps: 0 };
    const queue = buildLearnQueue(input({ factIds: ["a", "never"], cards: { other: reviewCard(minutes(-10)), never } }));
    expect(queue.due).toEqual([]);
    expect(queue.fresh).toEqual(["a", "never"]);
  });
});

describe("what counts as due", () => {
  it("is the same on the home and progress pages as the review page's learning and review counts", () => {
    const cards = {
      overdue: reviewCard(minutes(-60)),
      tomorrow: reviewCard(minutes(60 * 24)),
      stepNow: learningCard(minutes(-1)),
      stepSoon: learningCard(minutes(10)),
      stepLater: learningCard(minutes(60)),
    };
    const queue = buildLearnQueue(input({ factIds: [...Object.keys(cards), "new"], cards }));
    const due = dueFactIds(cards, now);
    expect(due.sort()).toEqual(["overdue", "stepNow", "stepSoon"]);
    expect(due).toHaveLength(queue.learningCount + queue.reviewCount);
  });
});
