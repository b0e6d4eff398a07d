import { describe, expect, it } from "vitest";
import { byHardness, isHard, tooFewAnswers, wilsonInterval } from "./hardness";

describe("wilsonInterval", () => {
  it("matches the textbook values and stays within 0 and 1", () => {
    const { lower, upper } = wilsonInterval({ correct: 6, answers: 10 });
    expect(lower).toBeCloseTo(0.3127, 3);
    expect(upper).toBeCloseTo(0.8318, 3);
    expect(wilsonInterval({ correct: 0, answers: 5 }).lower).toBe(0);
    expect(wilsonInterval({ correct: 5, answers: 5 }).upper).toBe(1);
    expect(wilsonInterval({ correct: 0, answers: 0 })).toEqual({ lower: 0, upper: 1 });
  });
});

describe("isHard", () => {
  it("does not call 2 of 3 right (67 %) hard: a class of three cannot show that", () => {
    expect(isHard({ correct: 2, answers: 3 })).toBe(false);
    expect(isHard({ correct: 4, answers: 6 })).toBe(false);
  });

  it("does not call a miss hard before three answers", () => {
    expect(isHard({ correct: 0, answers: 1 })).toBe(false);
    expect(isHard({ correct: 0, answers: 2 })).toBe(false);
    expect(tooFewAnswers({ correct: 0, answers: 2 })).toBe(true);
  });

  it("calls a question hard once the answers show it: none of three, one of five, 12 of 30", () => {
    expect(isHard({ correct: 0, answers: 3 })).toBe(true);
    expect(isHard({ correct: 1, answers: 5 })).toBe(true);
    expect(isHard({ correct: 12, answers: 30 })).toBe(true);
  });

  it("does not call a question most of a big class got right hard", () => {
    expect(isHard({ correct: 24, answers: 30 })).toBe(false);
    expect(isHard({ correct: 20, answers: 30 })).toBe(false);
  });
});

describe("byHardness", () => {
  it("puts the surer miss first: 0 of 20 before 0 of 3, then the lower share", () => {
    const tallies = [
      { correct: 0, answers: 3 },
      { correct: 5, answers: 20 },
      { correct: 0, answers: 20 },
    ];
    expect([...tallies].sort(byHardness)).toEqual([
      { correct: 0, answers: 20 },
      { correct: 5, answers: 20 },
      { correct: 0, answers: 3 },
    ]);
  });
});
