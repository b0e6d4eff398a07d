import { describe, expect, it } from "vitest";
import { rankPlayers, standingsAfterQuestion } from "./ranking";

const line = (id: string, score: number, gained = 0) => ({ id, nickname: id, score, correctCount: 0, gained });

describe("rankPlayers", () => {
  it("orders by score and lets ties share a rank", () => {
    const ranked = rankPlayers([line("c", 500), line("a", 900), line("b", 500), line("d", 100)]);
    expect(ranked.map((p) => [p.id, p.rank])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 2],
      ["d", 4],
    ]);
  });
});

describe("standingsAfterQuestion", () => {
  it("says who moved up and down", () => {
    // Before: ada 1000 (1), ben 900 (2), cem 100 (3). The question: cem +1500, ben 0, ada +0.
    const standings = standingsAfterQuestion([line("ada", 1000, 0), line("ben", 900, 0), line("cem", 1600, 1500)]);
    expect(standings.map((p) => [p.id, p.rank, p.previousRank, p.movement])).toEqual([
      ["cem", 1, 3, 2],
      ["ada", 2, 1, -1],
      ["ben", 3, 2, -1],
    ]);
  });

  it("shows no movements while everyone was level before the question (the first question)", () => {
    const standings = standingsAfterQuestion([line("ada", 900, 900), line("ben", 0, 0), line("cem", 0, 0)]);
    expect(standings.map((p) => [p.id, p.rank, p.previousRank, p.movement])).toEqual([
      ["ada", 1, 1, 0],
      ["ben", 2, 2, 0],
      ["cem", 2, 2, 0],
    ]);
  });
});
