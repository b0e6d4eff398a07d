import { describe, expect, it } from "vitest";
import { answerDistribution } from "./distribution";
import { sampleQuestion } from "@/lib/games/testing/sample-questions";

describe("answerDistribution", () => {
  it("counts each option of a single-choice question and marks the right one", () => {
    const question = sampleQuestion("single");
    const [first, second] = question.options;
    const answers = [
      { answer: question.answer, correct: true, accuracyPoints: 1000 },
      { answer: question.answer, correct: true, accuracyPoints: 1000 },
      { answer: [first, second].find((o) => o!.id !== question.answer)!.id, correct: false, accuracyPoints: 0 },
    ];
    const result = answerDistribution(question, answers, 5);
    expect(result).toMatchObject({ kind: "options", answered: 3, noAnswer: 2 });
    const bars = result.kind === "options" ? result.bars : [];
    expect(bars).toHaveLength(question.options.length);
    expect(bars.find((bar) => bar.optionId === question.answer)).toEqual({ optionId: question.answer, count: 2, correct: true });
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(3);
  });

  it("counts every chosen option of a multiple-select question", () => {
    const question = sampleQuestion("multi");
    const result = answerDistribution(question, [{ answer: question.answer, correct: true, accuracyPoints: 1000 }], 1);
    const counted = result.kind === "options" ? result.bars.filter((bar) => bar.count === 1).map((bar) => bar.optionId) : [];
    expect(counted.sort()).toEqual([...question.answer].sort());
  });

  it("shows the right country first on a map question, with the most chosen others", () => {
    const question = sampleQuestion("map");
    const result = answerDistribution(
      question,
      [
        { answer: "FR", correct: false, accuracyPoints: 0 },
        { answer: "fr", correct: false, accuracyPoints: 0 },
        { answer: null, correct: false, accuracyPoints: 0 },
      ],
      3,
    );
    expect(result).toEqual({
      kind: "countries",
      bars: [
        { code: question.answer, count: 0, correct: true },
        { code: "FR", count: 2, correct: false },
      ],
      answered: 2,
      noAnswer: 1,
    });
  });

  it("splits estimates, orderings and matchings into right, partly right and wrong", () => {
    const question = sampleQuestion("ordering");
    const result = answerDistribution(
      question,
      [
        { answer: question.answer, correct: true, accuracyPoints: 1000 },
        { answer: [...question.answer].reverse(), correct: false, accuracyPoints: 0 },
        { answer: question.answer, correct: false, accuracyPoints: 400 },
      ],
      4,
    );
    expect(result).toEqual({ kind: "outcomes", right: 1, partly: 1, wrong: 1, answered: 3, noAnswer: 1 });
  });
});
