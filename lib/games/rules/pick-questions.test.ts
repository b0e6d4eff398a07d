import { describe, expect, it } from "vitest";
import { buildQuestionBank } from "@/questions/bank";
import type { TStoredQuestion } from "@/questions/types";
import { pickGameQuestions } from "./pick-questions";

const { bank } = buildQuestionBank();
const questions = new Map(bank!.questions.map((q) => [q.id, q as TStoredQuestion]));
const asia = bank!.sets.find((set) => set.id === "asia")!;

describe("pickGameQuestions", () => {
  it("keeps the set's order without shuffle and cuts to the count", () => {
    expect(pickGameQuestions({ set: asia, questions, count: 5, shuffle: false, seed: 1, today: "2026-11-21" })).toEqual(
      asia.questionIds.slice(0, 5),
    );
  });

  it("shuffles by the seed: the same seed the same order, another seed another", () => {
    const pick = (seed: number) =>
      pickGameQuestions({ set: asia, questions, count: 100, shuffle: true, seed, today: "2026-11-21" });
    expect(pick(7)).toEqual(pick(7));
    expect(pick(7)).not.toEqual(pick(8));
    expect([...pick(7)].sort()).toEqual([...asia.questionIds].sort());
  });

  it("takes today's questions for the daily set", () => {
    const daily = bank!.sets.find((set) => set.id === "daily")!;
    expect(pickGameQuestions({ set: daily, questions, count: 10, shuffle: false, seed: 1, today: "2026-11-21" })).toHaveLength(
      10,
    );
  });
});
