// The review sheet: every question in German and English side by side – prompt, options, key, explanation,
// sources with their translations and the date the question stands at – for a reader checking the content.
import { formatDate } from "./text";
import type { TQuestion } from "./types";

function answerText(question: TQuestion, lang: "de" | "en"): string {
  const name = (id: string) => question.options.find((option) => option.id === id)?.text[lang] ?? id;
  switch (question.kind) {
    case "numeric": {
      const { value, tolerance, unit, qualifier } = question.answer;
      const range = qualifier === "more-than" ? `${value}…${value + tolerance}` : `${value} ± ${tolerance}`;
      return `${range} ${unit[lang]} (${qualifier})`;
    }
    case "map":
      return question.answer;
    case "matching":
      return question.answer.map(([left, right]) => `${name(left)} → ${name(right)}`).join("; ");
    case "multi":
    case "ordering":
      return question.answer.map(name).join(question.kind === "ordering" ? " → " : ", ");
    default:
      return name(question.answer);
  }
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** One question as a two-column Markdown table (German | English). */
export function reviewQuestion(question: TQuestion, index: number): string {
  const row = (label: string, de: string, en: string) => `| ${label} | ${cell(de)} | ${cell(en)} |`;
  const options = question.options.map((option) => row("option", option.text.de, option.text.en));
  const sources = question.sources.map((source) =>
    row(`source ${source.file.slice(0, 3)}`, `„${source.quote}“`, source.en ? `“${source.en}”` : "(no translation)"),
  );
  return [
    `### ${index + 1}. \`${question.id}\` ${question.kind} (${question.factIds.join(", ")})`,
    "",
    "| | Deutsch | English |",
    "|---|---|---|",
    row("as of", question.asOfLabel.de, question.asOfLabel.en),
    row("prompt", question.prompt.de, question.prompt.en),
    ...options,
    row("key", answerText(question, "de"), answerText(question, "en")),
    row("explanation", question.explanation.de, question.explanation.en),
    ...(question.note ? [row("note", question.note.de, question.note.en)] : []),
    ...sources,
    row("date", formatDate(question.asOf, "de"), formatDate(question.asOf, "en")),
    "",
  ].join("\n");
}

export function reviewSheet(questions: TQuestion[]): string {
  return questions.map(reviewQuestion).join("\n");
}
