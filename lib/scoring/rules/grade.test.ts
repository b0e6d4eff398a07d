import { describe, expect, it } from "vitest";
import { buildQuestionBank } from "@/questions/bank";
import type { TQuestion, TQuestionKind } from "@/questions/types";
import { AnswerShapeError, estimateCloseness, gradeAnswer } from "./grade";

const bank = buildQuestionBank().bank!;
const first = <K extends TQuestionKind>(kind: K, where: (q: Extract<TQuestion, { kind: K }>) => boolean = () => true) =>
  bank.questions.find(
    (q): q is Extract<TQuestion, { kind: K }> => q.kind === kind && where(q as Extract<TQuestion, { kind: K }>),
  )!;

describe("gradeAnswer", () => {
  it("single choice: the right option only", () => {
    const q = first("single");
    expect(gradeAnswer(q, q.answer)).toEqual({ correct: true, closeness: 1 });
    const wrong = q.options.find((o) => o.id !== q.answer)!.id;
    expect(gradeAnswer(q, wrong)).toEqual({ correct: false, closeness: 0 });
    expect(() => gradeAnswer(q, "nope")).toThrow(AnswerShapeError);
    expect(() => gradeAnswer(q, ["a"])).toThrow(/expected the id of one option/);
  });

  it("true/false", () => {
    const q = first("truefalse");
    expect(gradeAnswer(q, q.answer).correct).toBe(true);
    expect(gradeAnswer(q, q.answer === "true" ? "false" : "true").correct).toBe(false);
  });

  it("multiple select: all and only the right ones; partial credit for some", () => {
    const q = first("multi", (m) => m.answer.length >= 2);
    const wrong = q.options.find((o) => !q.answer.includes(o.id))!.id;
    expect(gradeAnswer(q, q.answer)).toEqual({ correct: true, closeness: 1 });
    expect(gradeAnswer(q, [...q.answer].reverse()).correct).toBe(true);
    const some = gradeAnswer(q, q.answer.slice(1));
    expect(some.correct).toBe(false);
    expect(some.closeness).toBeCloseTo((q.answer.length - 1) / q.answer.length);
    expect(gradeAnswer(q, [...q.answer, wrong]).correct).toBe(false);
    expect(gradeAnswer(q, [wrong]).closeness).toBe(0);
  });

  it("numeric estimate: right within the tolerance, scored by closeness beyond it", () => {
    const q = first("numeric", (n) => n.answer.value === 7644);
    expect(gradeAnswer(q, 7644)).toEqual({ correct: true, closeness: 1 });
    expect(gradeAnswer(q, 7644 + q.answer.tolerance).correct).toBe(true);
    const near = gradeAnswer(q, 6000);
    const far = gradeAnswer(q, 2000);
    expect(near.correct).toBe(false);
    expect(near.closeness).toBeGreaterThan(far.closeness);
    expect(gradeAnswer(q, 100_000).closeness).toBe(0);
    expect(() => gradeAnswer(q, "7644")).toThrow(/expected a number/);
    expect(estimateCloseness(4, 5, 0)).toBeCloseTo(0.8);
  });

  it('numeric lower bound: never right below the bound, right a rounding above it ("mehr als 30.000")', () => {
    const q = first("numeric", (n) => n.answer.qualifier === "more-than" && n.answer.value === 30000);
    expect(gradeAnswer(q, 28_000).correct).toBe(false);
    expect(gradeAnswer(q, 31_000)).toEqual({ correct: true, closeness: 1 });
    expect(gradeAnswer(q, 30_000).correct).toBe(true);
    // The question asks for the bound the gallery names: an inflated figure is not it.
    expect(gradeAnswer(q, 45_000).correct).toBe(false);
    expect(gradeAnswer(q, 28_000).closeness).toBeGreaterThan(gradeAnswer(q, 20_000).closeness);
    const bound = { kind: "numeric" as const, options: [], answer: { ...q.answer, value: 1000, tolerance: 200 } };
    expect(gradeAnswer(bound, 999).correct).toBe(false);
    expect(gradeAnswer(bound, 1100).correct).toBe(true);
    expect(gradeAnswer(bound, 1500).correct).toBe(false);
  });

  it("matching: every pair right; partial credit per pair", () => {
    const q = first("matching");
    expect(gradeAnswer(q, q.answer)).toEqual({ correct: true, closeness: 1 });
    const swapped = q.answer.map(([l], i) => [l, q.answer[(i + 1) % q.answer.length]![1]] as [string, string]);
    expect(gradeAnswer(q, swapped)).toEqual({ correct: false, closeness: 0 });
    const twoSwapped = [[q.answer[0]![0], q.answer[1]![1]], [q.answer[1]![0], q.answer[0]![1]], ...q.answer.slice(2)] as Array<
      [string, string]
    >;
    expect(gradeAnswer(q, twoSwapped).closeness).toBeCloseTo((q.answer.length - 2) / q.answer.length);
    expect(() => gradeAnswer(q, [[q.answer[0]![0], "x"]])).toThrow(AnswerShapeError);
  });

  it("ordering: the exact order; partial credit by pairs in the right order", () => {
    const q = first("ordering");
    expect(gradeAnswer(q, q.answer)).toEqual({ correct: true, closeness: 1 });
    expect(gradeAnswer(q, [...q.answer].reverse())).toEqual({ correct: false, closeness: 0 });
    const oneSwap = [q.answer[1]!, q.answer[0]!, ...q.answer.slice(2)];
    const graded = gradeAnswer(q, oneSwap);
    expect(graded.correct).toBe(false);
    expect(graded.closeness).toBeCloseTo(5 / 6);
    expect(() => gradeAnswer(q, q.answer.slice(1))).toThrow(/every option id exactly once/);
  });

  it("map: the country code, in any letter case", () => {
    const q = first("map");
    expect(gradeAnswer(q, q.answer.toLowerCase()).correct).toBe(true);
    expect(gradeAnswer(q, q.answer === "RU" ? "UA" : "RU").correct).toBe(false);
    expect(() => gradeAnswer(q, "Kasachstan")).toThrow(/country code/);
  });
});
