import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { rateCard } from "@/lib/progress/store/fsrs-cards";
import { flashcardOrder } from "./flashcard-order";

describe("the flashcard order", () => {
  it("puts due cards first, then new facts easiest first, then the rest by due date", () => {
    const now = new Date("2026-11-21T10:00:00Z");
    const card = (due: string) => ({ ...rateCard(undefined, Rating.Good, new Date("2026-11-01T10:00:00Z")), due });
    const facts = [
      { id: "later", difficulty: 1 },
      { id: "new-hard", difficulty: 3 },
      { id: "due-recent", difficulty: 1 },
      { id: "new-easy", difficulty: 1 },
      { id: "due-old", difficulty: 2 },
      { id: "soon", difficulty: 1 },
    ];
    const cards = {
      later: card("2026-12-01T10:00:00Z"),
      soon: card("2026-11-22T10:00:00Z"),
      "due-recent": card("2026-11-21T09:00:00Z"),
      "due-old": card("2026-11-10T09:00:00Z"),
    };
    expect(flashcardOrder(facts, cards, now)).toEqual(["due-old", "due-recent", "new-easy", "new-hard", "soon", "later"]);
  });
});
