// Quizlet's import: one card per line, exactly one tab (term, definition), no stray line breaks; every question a
// card, with its answer and every source and date in the definition.
import { describe, expect, it } from "vitest";
import { exportFixture, occurrences } from "@/lib/exports/rules/export-fixture";
import { quizletTsv } from "@/lib/exports/rules/quizlet";

describe.each(["de", "en"] as const)("Quizlet TSV (%s)", (lang) => {
  const fixture = exportFixture("all-allies", lang);

  it("has one card per question, each with its answer and sources", () => {
    const lines = quizletTsv(fixture.set).replace(/\n$/, "").split("\n");
    expect(lines).toHaveLength(fixture.carried.length);
    const cards = lines.map((line) => line.split("\t"));
    expect(cards.every((card) => card.length === 2 && card[0]!.length > 0 && card[1]!.length > 0)).toBe(true);
    const word = lang === "de" ? "Quelle: " : "Source: ";
    expect(cards.reduce((sum, card) => sum + occurrences(card[1]!, word), 0)).toBe(fixture.sourceCount);
    cards.forEach((card, index) => expect(card[0]).toContain(fixture.set.questions[index]!.prompt));
  });
});
