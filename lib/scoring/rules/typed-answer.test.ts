import { describe, expect, it } from "vitest";
import { gradeTyped, normalizeTyped } from "./typed-answer";

const lukashenko = ["Alexander Lukaschenko", "Alexander Lukashenko", "Lukaschenko", "Lukashenko"];
const others = [
  ["Wladimir Putin", "Vladimir Putin", "Putin"],
  ["Kassym-Schomart Tokajew", "Kassym-Jomart Tokayev", "Tokajew", "Tokayev"],
];

describe("gradeTyped: a typed name", () => {
  it("ignores case, accents and hyphens", () => {
    expect(normalizeTyped("  Tô  Lâm ")).toBe("to lam");
    expect(normalizeTyped("Kassym-Schomart")).toBe("kassym schomart");
    expect(gradeTyped("lukaschenko", lukashenko, others)).toBe(true);
    expect(gradeTyped("LUKASHENKO", lukashenko, others)).toBe(true);
    expect(gradeTyped("Traore", ["Ibrahim Traoré", "Traoré"], [])).toBe(true);
  });

  it("forgives small typos, in German or English spelling", () => {
    expect(gradeTyped("Lukaschenka", lukashenko, others)).toBe(true);
    expect(gradeTyped("Lukashenk", lukashenko, others)).toBe(true);
    expect(gradeTyped("alexander lukashenko", lukashenko, others)).toBe(true);
  });

  it("refuses another name, a name nearer another candidate, and too many typos", () => {
    expect(gradeTyped("Putin", lukashenko, others)).toBe(false);
    expect(gradeTyped("Tokajew", lukashenko, others)).toBe(false);
    expect(gradeTyped("Lukschnk", lukashenko, others)).toBe(false);
    expect(gradeTyped("", lukashenko, others)).toBe(false);
    // Iran and Irak are one letter apart: "Irak" is no typo of Iran.
    expect(gradeTyped("Irak", ["Iran"], [["Irak", "Iraq"]])).toBe(false);
    expect(gradeTyped("iran", ["Iran"], [["Irak", "Iraq"]])).toBe(true);
  });
});
