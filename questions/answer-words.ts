// An answer (given or right) in words, whatever the kind of question: the quiz's feedback and the live games'
// CSV export both say answers this way. The caller names the options, countries and unit.
import { formatNumber } from "./text";
import type { TLang, TQuestionKind } from "./types";

export type TAnswerWords = { option: (id: string) => string; country: (code: string) => string; unit: string };

export function answerInWords(kind: TQuestionKind, answer: unknown, lang: TLang, words: TAnswerWords): string {
  switch (kind) {
    case "numeric": {
      const value = typeof answer === "number" ? answer : (answer as { value: number }).value;
      return `${formatNumber(value, lang)} ${words.unit}`.trim();
    }
    case "map":
      return words.country(String(answer).toUpperCase());
    case "matching":
      return (answer as Array<[string, string]>)
        .map(([left, right]) => `${words.option(left)} → ${words.option(right)}`)
        .join("; ");
    case "ordering":
      return (answer as string[]).map((id, index) => `${index + 1}. ${words.option(id)}`).join("  ");
    case "multi":
      return (answer as string[]).map(words.option).join(", ");
    default:
      return words.option(String(answer));
  }
}
