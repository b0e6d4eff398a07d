import { describe, expect, it } from "vitest";
import { buildQuestionBank } from "@/questions/bank";
import { gradeTyped } from "@/lib/scoring/rules/typed-answer";
import { isWriteable, writtenAnswer } from "./write-mode";

const bank = buildQuestionBank().bank!;
const byPrompt = (start: string) => bank.questions.find((question) => question.prompt.de.startsWith(start))!;

describe("write mode", () => {
  it("asks the questions whose answer is a person or a country, and no others", () => {
    expect(isWriteable(byPrompt("Wer ist (Stand August 2025) Präsident von Belarus?"))).toBe(true);
    expect(isWriteable(byPrompt("Welches Land liefert Russland laut den Artikeln Drohnen?"))).toBe(true);
    expect(isWriteable(byPrompt("Welche Institution hat laut DW einen Haftbefehl"))).toBe(false);
    expect(bank.questions.filter((question) => question.kind === "truefalse").some(isWriteable)).toBe(false);
    expect(bank.questions.filter(isWriteable).length).toBeGreaterThan(40);
  });

  it("accepts the German and the English spelling and typos, and refuses another name", () => {
    const { right, others, shown } = writtenAnswer(byPrompt("Wer ist (Stand August 2025) Präsident von Belarus?"));
    expect(shown.de).toBe("Alexander Lukaschenko");
    for (const typed of ["Lukaschenko", "Lukashenko", "lukaschenko", "Lukaschenka", "Alexander Lukashenko"]) {
      expect(gradeTyped(typed, right, others), typed).toBe(true);
    }
    expect(gradeTyped("Putin", right, others)).toBe(false);
  });

  it("accepts a country by its German or English name on a map question", () => {
    const map = bank.questions.find((question) => question.kind === "map" && question.answer === "BY")!;
    const { right, others } = writtenAnswer(map);
    expect(gradeTyped("belarus", right, others)).toBe(true);
    expect(gradeTyped("Russland", right, others)).toBe(false);
  });
});

describe("write mode over the whole bank", () => {
  it("accepts every right name with a typo and refuses a name that is no candidate", () => {
    const withTypo = (name: string) => (name.length > 5 ? name.slice(0, -1) : name + name.at(-1)).toLowerCase();
    for (const question of bank.questions.filter(isWriteable)) {
      const { right, others, shown } = writtenAnswer(question);
      expect(gradeTyped(withTypo(shown.de), right, others), shown.de).toBe(true);
      expect(gradeTyped(shown.en, right, others), shown.en).toBe(true);
      expect(gradeTyped("Napoleon Bonaparte", right, others), shown.de).toBe(false);
    }
  });
});
