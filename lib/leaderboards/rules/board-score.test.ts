import { describe, expect, it } from "vitest";
import { boardEntry, HUMAN_MIN_ANSWER_MS } from "./board-score";

const human = (count: number) => Array.from({ length: count }, () => 4_000);

describe("boardEntry", () => {
  it("counts a 10-question quiz as it is and a longer one per 10 questions", () => {
    const ten = boardEntry({ score: 9_000, accuracyScore: 8_000, questionCount: 10, setSize: 40, answerTimesMs: human(10) });
    const twenty = boardEntry({ score: 18_000, accuracyScore: 16_000, questionCount: 20, setSize: 40, answerTimesMs: human(20) });
    expect(ten).toEqual({ eligible: true, score: 9_000, accuracyScore: 8_000 });
    // The same play over twice the questions is worth the same on the board, not twice as much.
    expect(twenty).toEqual(ten);
  });

  it("keeps quizzes shorter than 10 questions off the boards, unless the set is that small", () => {
    expect(boardEntry({ score: 1_000, accuracyScore: 1_000, questionCount: 1, setSize: 40, answerTimesMs: human(1) })).toEqual({
      eligible: false,
      reason: "too_short",
      needed: 10,
    });
    expect(boardEntry({ score: 5_000, accuracyScore: 5_000, questionCount: 6, setSize: 6, answerTimesMs: human(6) })).toEqual({
      eligible: true,
      score: 5_000,
      accuracyScore: 5_000,
    });
  });

  it("keeps a quiz answered faster than a person can read off the boards, forgiving two slips", () => {
    const times = (fast: number) => [...Array.from({ length: fast }, () => HUMAN_MIN_ANSWER_MS - 1), ...human(10 - fast)];
    expect(
      boardEntry({ score: 9_000, accuracyScore: 9_000, questionCount: 10, setSize: 40, answerTimesMs: times(2) }).eligible,
    ).toBe(true);
    expect(boardEntry({ score: 9_000, accuracyScore: 9_000, questionCount: 10, setSize: 40, answerTimesMs: times(3) })).toEqual({
      eligible: false,
      reason: "too_fast",
      tooFast: 3,
    });
  });
});
