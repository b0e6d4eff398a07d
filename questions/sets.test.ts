import { describe, expect, it } from "vitest";
import { buildQuestionBank } from "./bank";
import { presentQuestion, presentSolution } from "./present";
import { dailyQuestionIds, drawBalanced, orderForSeed } from "./sets";

const bank = buildQuestionBank().bank!;
const setById = (id: string) => bank.sets.find((set) => set.id === id)!;

describe("question sets", () => {
  it("has the region sets, the theme sets, all allies and the daily challenge", () => {
    expect(bank.sets.map((set) => set.id)).toEqual([
      "all-allies",
      "post-soviet",
      "asia",
      "middle-east",
      "africa",
      "leaders",
      "military",
      "economy",
      "alliances",
      "numbers",
      "daily",
    ]);
    for (const set of bank.sets) if (set.id !== "daily") expect(set.questionIds.length, set.id).toBeGreaterThanOrEqual(8);
    expect(setById("all-allies").questionIds.length).toBe(bank.questions.length);
  });

  it("puts into a region set only questions about that region's countries", () => {
    const regionOf = (code: string) => bank.kb.countries.get(code)!.region;
    for (const id of ["post-soviet", "asia", "middle-east", "africa"]) {
      for (const questionId of setById(id).questionIds) {
        const question = bank.questionsById.get(questionId)!;
        for (const code of question.tags.countries) expect(regionOf(code), `${questionId} in ${id}`).toBe(id);
      }
    }
    expect(setById("africa").countries).toEqual(["BF"]);
  });

  it("puts into a theme set only questions of that theme", () => {
    for (const id of ["leaders", "military", "economy", "alliances", "numbers"]) {
      for (const questionId of setById(id).questionIds) {
        expect(bank.questionsById.get(questionId)!.tags.themes).toContain(id);
      }
    }
  });

  it("fixes the daily challenge by the date", () => {
    const monday = dailyQuestionIds(bank.questions, "2026-11-23");
    expect(monday).toHaveLength(10);
    expect(dailyQuestionIds(bank.questions, "2026-11-23")).toEqual(monday);
    expect(dailyQuestionIds(bank.questions, "2026-11-24")).not.toEqual(monday);
    const kinds = monday.map((id) => bank.questionsById.get(id)!.kind);
    for (const kind of new Set(kinds)) expect(kinds.filter((k) => k === kind).length).toBeLessThanOrEqual(3);
    expect(() => dailyQuestionIds(bank.questions, "23.11.2026")).toThrow(/YYYY-MM-DD/);
  });

  it("orders questions and options deterministically for a seed, differently for another", () => {
    const ids = setById("asia").questionIds;
    expect(orderForSeed(ids, 7)).toEqual(orderForSeed(ids, 7));
    expect(orderForSeed(ids, 7)).not.toEqual(orderForSeed(ids, 8));
    expect([...orderForSeed(ids, 7)].sort()).toEqual([...ids].sort());
    const question = bank.questions.find((q) => q.kind === "single" && q.options.length === 4)!;
    const seeds = [1, 2, 3, 4, 5, 6].map((seed) =>
      presentQuestion(question, "de", seed)
        .options.map((o) => o.id)
        .join(),
    );
    expect(presentQuestion(question, "de", 1)).toEqual(presentQuestion(question, "de", 1));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it("presents a question without its answer, and its solution apart", () => {
    const question = bank.questions.find((q) => q.kind === "numeric")!;
    const shown = presentQuestion(question, "en", 0);
    expect(JSON.stringify(shown)).not.toContain(String(question.kind === "numeric" && question.answer.value));
    expect(shown).not.toHaveProperty("answer");
    expect(shown).not.toHaveProperty("explanation");
    expect(presentSolution(question, "en")).toMatchObject({
      answer: { value: expect.any(Number) },
      source: { file: expect.any(String) },
    });
  });
});

describe("a drawn quiz", () => {
  const kindsOf = (ids: string[]) => ids.map((id) => bank.questionsById.get(id)!.kind);
  const promptsOf = (ids: string[]) => ids.map((id) => bank.questionsById.get(id)!.prompt.de);

  it("is a balanced mix without repeats: the daily quiz of every day of a year", () => {
    for (let day = 0; day < 365; day++) {
      const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      const ids = dailyQuestionIds(bank.questions, date);
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size, date).toBe(10);
      expect(new Set(promptsOf(ids)).size, `${date}: two questions read alike`).toBe(10);
      const kinds = kindsOf(ids);
      expect(kinds.filter((kind) => kind === "truefalse").length, date).toBeLessThanOrEqual(3);
      for (const kind of new Set(kinds)) expect(kinds.filter((k) => k === kind).length, date).toBeLessThanOrEqual(3);
      expect(new Set(kinds).size, date).toBeGreaterThanOrEqual(5);
    }
  });

  it("keeps true/false to about a third of a set's 10 and 20 question quizzes, without repeats", () => {
    for (const set of ["all-allies", "leaders", "asia", "military"]) {
      const pool = setById(set).questionIds.map((id) => bank.questionsById.get(id)!);
      for (const count of [10, 20]) {
        for (let seed = 0; seed < 30; seed++) {
          const ids = drawBalanced(pool, `order:${seed}`, count);
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(promptsOf(ids)).size, `${set} ${count} ${seed}`).toBe(ids.length);
          const share = kindsOf(ids).filter((kind) => kind === "truefalse").length / ids.length;
          expect(share, `${set} ${count} ${seed}`).toBeLessThanOrEqual(0.34);
        }
      }
    }
  });

  it("takes every question of the set when asked for all, each once", () => {
    const ids = setById("all-allies").questionIds;
    const drawn = drawBalanced(
      ids.map((id) => bank.questionsById.get(id)!),
      "order:3",
      ids.length,
    );
    expect([...drawn].sort()).toEqual([...ids].sort());
  });
});
