import { describe, expect, it } from "vitest";
import { accuracyTrend } from "./trend";

const game = (correct: number, answers = 10) => ({ correct, answers });

describe("accuracyTrend", () => {
  it("needs two games with answers", () => {
    expect(accuracyTrend([])).toBeNull();
    expect(accuracyTrend([game(5)])).toBeNull();
    expect(accuracyTrend([game(5), game(0, 0)])).toBeNull();
  });

  it("compares the later games with the earlier ones", () => {
    expect(accuracyTrend([game(4), game(8)])).toBe("up");
    expect(accuracyTrend([game(8), game(4)])).toBe("down");
    expect(accuracyTrend([game(6), game(6), game(7)])).toBe("up");
    expect(accuracyTrend([game(6), game(1), game(6)])).toBe("steady");
  });

  it("calls a change under ten points steady", () => {
    expect(accuracyTrend([game(6), game(5), game(6), game(6)])).toBe("steady");
  });

  it("weighs each half by its answers", () => {
    // Earlier: 1 of 1 and 9 of 19 pooled = 50 %; later: 12 of 20 = 60 %.
    expect(accuracyTrend([game(1, 1), game(9, 19), game(6, 10), game(6, 10)])).toBe("up");
  });
});
