// GIFT (docs.moodle.org, "GIFT format"): plain text that Moodle and other platforms read. The same content as the
// Moodle XML export: single choice and map questions (as a choice of countries), multiple select with weights,
// true/false, estimates with the range the app accepts, matching; GIFT has no ordering, so an ordering question becomes a
// matching of each item to its place ("1.", "2.", …). General feedback (####) holds the explanation, the note
// and the sources with their dates.
import { EXPORT_WORDS, feedbackLines, omittedLine } from "@/lib/exports/rules/export-set";
import { moodleFraction } from "@/lib/exports/rules/moodle-xml";
import { escapeHtml } from "@/lib/exports/rules/xml";
import type { TExportQuestion, TExportSet } from "@/lib/exports/types";
import type { TLang } from "@/questions/types";

/** GIFT's special characters are escaped with a backslash; a line break would end the question. */
export function giftEscape(text: string): string {
  return text.replace(/([\\~=#{}:])/g, "\\$1").replace(/\r?\n/g, " ");
}

const htmlLines = (lines: string[]) => lines.map((line) => giftEscape(escapeHtml(line))).join("<br>");

function answerBlock(question: TExportQuestion, lang: TLang): string {
  const general = `####[html]${htmlLines(feedbackLines(question, lang))}`;
  switch (question.kind) {
    case "single":
      return [...question.choices.map((choice) => `${choice.correct ? "=" : "~"}${giftEscape(choice.text)}`), general].join(
        "\n  ",
      );
    case "multi": {
      const right = question.choices.filter((choice) => choice.correct).length;
      const wrong = question.choices.length - right;
      return [
        ...question.choices.map(
          (choice) => `~%${moodleFraction(choice.correct ? 100 / right : -100 / Math.max(1, wrong))}%${giftEscape(choice.text)}`,
        ),
        general,
      ].join("\n  ");
    }
    case "truefalse":
      return `${question.choices.find((choice) => choice.correct)?.id === "true" ? "TRUE" : "FALSE"}\n  ${general}`;
    case "numeric":
      return `#${question.min}..${question.max}\n  ${general}`;
    case "matching":
      return [...question.pairs.map((pair) => `=${giftEscape(pair.left)} -> ${giftEscape(pair.right)}`), general].join("\n  ");
    case "ordering":
      return [...question.ordered.map((text, index) => `=${giftEscape(text)} -> ${index + 1}.`), general].join("\n  ");
  }
}

function giftQuestion(question: TExportQuestion, lang: TLang): string {
  const unit = question.kind === "numeric" ? (lang === "de" ? ` (Angabe in ${question.unit})` : ` (in ${question.unit})`) : "";
  const orderingHint =
    question.kind === "ordering"
      ? lang === "de"
        ? " Ordne jedem Eintrag seinen Platz zu (1. = zuerst)."
        : " Give each item its place (1. = first)."
      : "";
  const title = `${String(question.number).padStart(3, "0")} ${question.id}`;
  const text = `${escapeHtml(question.prompt + unit + orderingHint)}<br>${escapeHtml(question.asOfLabel)}`;
  return `// ${question.id} (${question.sourceKind})\n::${giftEscape(title)}::[html]${giftEscape(text)} {\n  ${answerBlock(question, lang)}\n}`;
}

export function gift(set: TExportSet): string {
  const words = EXPORT_WORDS[set.lang];
  const root = set.lang === "de" ? "Putins Verbündete" : "Putin's allies";
  return [
    `// ${set.title} – ${set.questions.length} ${set.lang === "de" ? "Fragen" : "questions"}; ${words.sources}: ${set.lang === "de" ? "siehe Feedback jeder Frage" : "see each question's feedback"}`,
    ...(set.omitted.length ? [`// ${omittedLine(set)}`] : []),
    `$CATEGORY: $course$/top/${root}/${set.title}`,
    "",
    ...set.questions.map((question) => `${giftQuestion(question, set.lang)}\n`),
  ].join("\n");
}
