// GIFT parsed back with gift-pegjs (a PEG grammar of the format, independent of our writer): one question per
// carried question, its options with the right ones marked, and every source with its date in the feedback.
import { parse, type GIFTQuestion } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { exportFixture, occurrences } from "@/lib/exports/rules/export-fixture";
import { gift } from "@/lib/exports/rules/gift";

describe.each(["de", "en"] as const)("GIFT (%s)", (lang) => {
  const fixture = exportFixture("all-allies", lang);
  const text = gift(fixture.set);
  const parsed = parse(text) as GIFTQuestion[];
  const questions = parsed.filter((question) => question.type !== "Category");

  it("parses into one question per carried question, of the right type, with every option", () => {
    expect(parsed[0]).toMatchObject({ type: "Category" });
    expect(questions).toHaveLength(fixture.carried.length);
    questions.forEach((question, index) => {
      const stored = fixture.carried[index]!;
      expect("title" in question ? question.title : "").toContain(stored.id);
      const type = {
        single: "MC",
        map: "MC",
        multi: "MC",
        truefalse: "TF",
        numeric: "Numerical",
        matching: "Matching",
        ordering: "Matching",
      }[stored.kind];
      expect(question.type).toBe(type);
      if (question.type === "MC") {
        expect(question.choices).toHaveLength(fixture.optionCounts[index]!);
        const right = question.choices.filter((choice) => choice.isCorrect || (choice.weight ?? 0) > 0);
        expect(right).toHaveLength(stored.kind === "multi" ? (stored.answer as string[]).length : 1);
      }
      if (question.type === "TF") expect(question.isTrue).toBe(stored.answer === "true");
      if (question.type === "Matching") expect(question.matchPairs).toHaveLength((stored.answer as unknown[]).length);
    });
  });

  it("keeps the explanation, the note and every source with its date in the general feedback", () => {
    const feedback = questions.map((question) => ("globalFeedback" in question ? (question.globalFeedback?.text ?? "") : ""));
    const word = lang === "de" ? "Quelle:" : "Source:";
    expect(feedback.reduce((sum, entry) => sum + occurrences(entry, word), 0)).toBe(fixture.sourceCount);
    const notes = fixture.carried.filter((question) => question.note).length;
    expect(feedback.filter((entry) => entry.includes(lang === "de" ? "Hinweis:" : "Note:")).length).toBe(notes);
  });
});
