import { describe, expect, it } from "vitest";
import { MAX_POINTS, questionPoints, scoreAnswer, speedFactor, streakBonus } from "./points";

describe("points", () => {
  it("gives up to 1000 for an instant right answer and never less than half for a right one", () => {
    expect(questionPoints({ closeness: 1, timeMs: 0, limitMs: 20_000, mode: "speed" })).toBe(MAX_POINTS);
    expect(questionPoints({ closeness: 1, timeMs: 10_000, limitMs: 20_000, mode: "speed" })).toBe(750);
    expect(questionPoints({ closeness: 1, timeMs: 20_000, limitMs: 20_000, mode: "speed" })).toBe(500);
    expect(questionPoints({ closeness: 1, timeMs: 90_000, limitMs: 20_000, mode: "speed" })).toBe(500);
    expect(speedFactor(-5, 1000)).toBe(1);
  });

  it("scales by closeness and ignores time in accuracy-only scoring", () => {
    expect(questionPoints({ closeness: 0.5, timeMs: 0, limitMs: 20_000, mode: "speed" })).toBe(500);
    expect(questionPoints({ closeness: 0, timeMs: 0, limitMs: 20_000, mode: "speed" })).toBe(0);
    expect(questionPoints({ closeness: 1, timeMs: 19_000, limitMs: 20_000, mode: "accuracy" })).toBe(1000);
  });

  it("adds a streak bonus from the second right answer in a row, capped, and resets the streak on a miss", () => {
    expect([1, 2, 3, 6, 7, 20].map((s) => streakBonus(s, "speed"))).toEqual([0, 100, 200, 500, 500, 500]);
    expect(streakBonus(4, "accuracy")).toBe(0);
    expect(scoreAnswer({ correct: true, closeness: 1, timeMs: 0, limitMs: 1000, mode: "speed", previousStreak: 2 })).toEqual({
      points: 1000,
      bonus: 200,
      streak: 3,
    });
    expect(scoreAnswer({ correct: false, closeness: 0.4, timeMs: 0, limitMs: 1000, mode: "speed", previousStreak: 5 })).toEqual({
      points: 400,
      bonus: 0,
      streak: 0,
    });
  });
});
