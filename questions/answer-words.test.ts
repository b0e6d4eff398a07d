import { describe, expect, it } from "vitest";
import { answerInWords } from "./answer-words";

const words = { option: (id: string) => id.toUpperCase(), country: (code: string) => `land ${code}`, unit: "km" };

describe("answerInWords", () => {
  it("says each kind of answer in words", () => {
    expect(answerInWords("numeric", 7644, "de", words)).toBe("7.644 km");
    expect(answerInWords("numeric", { value: 7644, tolerance: 0, unit: { de: "km", en: "km" } }, "en", words)).toBe("7,644 km");
    expect(answerInWords("map", "kz", "de", words)).toBe("land KZ");
    expect(answerInWords("matching", [["a", "b"]], "de", words)).toBe("A → B");
    expect(answerInWords("ordering", ["a", "b"], "de", words)).toBe("1. A  2. B");
    expect(answerInWords("multi", ["a", "b"], "de", words)).toBe("A, B");
    expect(answerInWords("single", "a", "de", words)).toBe("A");
  });
});
