// An answer in words for the CSV export, in the report's language (questions/answer-words.ts says how).
import type { TAnswerValue } from "@/lib/scoring/types";
import { answerInWords } from "@/questions/answer-words";
import type { TLang, TStoredQuestion } from "@/questions/types";

const TRUE_FALSE: Record<TLang, Record<string, string>> = {
  de: { true: "Richtig", false: "Falsch" },
  en: { true: "True", false: "False" },
};

export function answerText(
  question: TStoredQuestion,
  answer: TAnswerValue | null,
  lang: TLang,
  countryName: (code: string) => string,
): string {
  if (answer === null) return "";
  return answerInWords(question.kind, answer, lang, {
    option: (id) =>
      question.kind === "truefalse"
        ? (TRUE_FALSE[lang][id] ?? id)
        : (question.options.find((o) => o.id === id)?.text[lang] ?? id),
    country: countryName,
    unit: question.kind === "numeric" ? question.answer.unit[lang] : "",
  });
}
