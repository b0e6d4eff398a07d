// Moodle XML parsed back with fast-xml-parser: one question per carried question, every option, the right ones
// weighted to 100 %, and every source sentence with its date in the general feedback.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { exportFixture, occurrences } from "@/lib/exports/rules/export-fixture";
import { moodleXml } from "@/lib/exports/rules/moodle-xml";

type TNode = Record<string, unknown> & { text?: string };
type TQ = Record<string, unknown> & {
  "@_type": string;
  idnumber: string;
  answer?: Array<TNode & { "@_fraction": string }>;
  subquestion?: TNode[];
  generalfeedback: TNode;
};

const ALLOWED = new Set(["100", "50", "33.33333", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10"]);

describe.each(["de", "en"] as const)("Moodle XML (%s)", (lang) => {
  const fixture = exportFixture("all-allies", lang);
  const xml = moodleXml(fixture.set);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (name) => ["question", "answer", "subquestion", "tag"].includes(name),
    parseTagValue: false,
  }).parse(xml) as { quiz: { question: TQ[] } };
  const questions = parsed.quiz.question.filter((question) => question["@_type"] !== "category");

  it("is well-formed and carries every question with its options", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(questions.map((question) => question.idnumber)).toEqual(fixture.carried.map((question) => question.id));
    expect(fixture.locating.length).toBeGreaterThan(0);
    questions.forEach((question, index) => {
      const kind = fixture.carried[index]!.kind;
      const expected = {
        single: "multichoice",
        map: "multichoice",
        multi: "multichoice",
        truefalse: "truefalse",
        numeric: "numerical",
        matching: "matching",
        ordering: "ordering",
      }[kind];
      expect(question["@_type"]).toBe(expected);
      const shown = kind === "matching" ? question.subquestion!.length : kind === "numeric" ? 0 : question.answer!.length;
      if (kind !== "numeric") expect(shown).toBe(fixture.optionCounts[index]);
      if (kind === "single" || kind === "map" || kind === "truefalse")
        expect(question.answer!.filter((answer) => answer["@_fraction"] === "100")).toHaveLength(1);
      if (kind === "multi") {
        const positive = question.answer!.filter((answer) => Number(answer["@_fraction"]) > 0);
        expect(positive.length).toBe((fixture.carried[index] as { answer: string[] }).answer.length);
        expect(positive.every((answer) => ALLOWED.has(answer["@_fraction"]))).toBe(true);
        expect(positive.reduce((sum, answer) => sum + Number(answer["@_fraction"]), 0)).toBeCloseTo(100, 3);
      }
    });
  });

  it("holds the explanation and every source sentence with its date in the general feedback", () => {
    const word = lang === "de" ? "Quelle: " : "Source: ";
    const feedback = questions.map((question) => String(question.generalfeedback.text));
    expect(feedback.reduce((sum, text) => sum + occurrences(text, word), 0)).toBe(fixture.sourceCount);
    fixture.carried.forEach((question, index) => {
      expect(feedback[index]).toContain(question.explanation[lang].replace(/&/g, "&amp;").slice(0, 40));
      for (const source of question.sources)
        expect(feedback[index]).toContain(source.quote.slice(0, 30).replace(/&/g, "&amp;").replace(/"/g, "&quot;"));
    });
    expect(feedback.every((text) => /(Stand|As of): \S+/.test(text))).toBe(true);
  });
});
