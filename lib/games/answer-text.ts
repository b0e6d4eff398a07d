// An answer in words, for the CSV export (the browser has components/quiz/SolutionDetails' useAnswerText).
import type { TAnswerValue } from "../scoring/grade";
import type { TLang, TStoredQuestion } from "../../questions/types";
import { formatNumber } from "../../questions/text";

const TRUE_FALSE: Record<TLang, Record<string, string>> = { de: { true: "Richtig", false: "Falsch" }, en: { true: "True", false: "False" } };

export function answerText(question: TStoredQuestion, answer: TAnswerValue | null, lang: TLang, countryName: (code: string) => string): string {
  if (answer === null) return "";
  const option = (id: string) =>
    question.kind === "truefalse" ? (TRUE_FALSE[lang][id] ?? id) : (question.options.find((o) => o.id === id)?.text[lang] ?? id);
  switch (question.kind) {
    case "numeric":
      return `${formatNumber(Number(answer), lang)} ${question.answer.unit[lang]}`.trim();
    case "map":
      return countryName(String(answer).toUpperCase());
    case "matching":
      return (answer as Array<[string, string]>).map(([left, right]) => `${option(left)} → ${option(right)}`).join("; ");
    case "ordering":
      return (answer as string[]).map((id, index) => `${index + 1}. ${option(id)}`).join(" ");
    case "multi":
      return (answer as string[]).map(option).join(", ");
    default:
      return option(String(answer));
  }
}
