// Quizlet's import ("Import from Word, Excel, Google Docs, etc."): one card per line, term and definition
// separated by a tab. Every question becomes a card: the term is the question (with its options where the answer
// refers to them), the definition its answer, explanation, note and sources with their dates. Tabs and line
// breaks inside a text would split a card, so they become spaces.
import { EXPORT_WORDS } from "@/lib/exports/rules/export-set";
import type { TExportQuestion, TExportSet } from "@/lib/exports/types";
import type { TLang } from "@/questions/types";

const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, " ").trim();

function term(question: TExportQuestion): string {
  const listed =
    question.kind === "multi"
      ? question.choices.map((choice) => choice.text)
      : question.kind === "matching"
        ? [...question.pairs.map((pair) => pair.left), "→", ...question.pairs.map((pair) => pair.right), ...question.distractors]
        : question.kind === "ordering"
          ? question.shown
          : [];
  const unit = question.kind === "numeric" ? ` (${question.unit})` : "";
  return `${question.prompt}${unit}${listed.length ? ` [${listed.join(" | ")}]` : ""} (${question.asOfLabel})`;
}

function definition(question: TExportQuestion, lang: TLang): string {
  const words = EXPORT_WORDS[lang];
  return [
    `${question.answerText}.`,
    question.explanation,
    ...(question.note ? [`${words.note}: ${question.note}`] : []),
    ...question.sources.map(
      (source) =>
        `${words.source}: „${source.quote}“${lang === "en" ? ` (“${source.translation}”)` : ""} – ${source.article}, ${words.asOf}: ${source.date}`,
    ),
  ].join(" ");
}

export function quizletTsv(set: TExportSet): string {
  return `${set.questions.map((question) => `${oneLine(term(question))}\t${oneLine(definition(question, set.lang))}`).join("\n")}\n`;
}
