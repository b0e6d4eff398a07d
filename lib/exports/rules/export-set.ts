// A set's questions in one language, as every export format reads them. Pure: the caller hands in the questions
// (retired ones already left out) and the countries a map question may offer as wrong choices.
import type { TExportChoice, TExportKindPart, TExportQuestion, TExportSet, TExportSource } from "@/lib/exports/types";
import { translate, type TMessageKey } from "@/lib/platform/i18n/messages";
import { orderOptions } from "@/questions/present";
import { seededPick } from "@/questions/random";
import { acceptedRange } from "@/lib/scoring/rules/grade";
import { formatDate, formatList, formatNumber, formatQuantity } from "@/questions/text";
import type { TLang, TOption, TQuestion, TStoredQuestion } from "@/questions/types";

/** How many wrong countries a map question offers once it becomes a single choice. */
const MAP_DISTRACTORS = 3;

export type TExportInput = {
  setId: string;
  title: string;
  lang: TLang;
  questions: TStoredQuestion[];
  /** ISO codes a map question may offer as wrong choices (the bank's countries). */
  countryPool: string[];
};

export function countryName(code: string, lang: TLang): string {
  return new Intl.DisplayNames([lang], { type: "region" }).of(code) ?? code;
}

function exportSources(question: TStoredQuestion, lang: TLang): TExportSource[] {
  return question.sources.map((source) => ({
    quote: source.quote,
    translation: source.en,
    article: source.label[lang],
    date: formatDate(source.asOf || question.asOf, lang),
    file: source.file,
  }));
}

const textOf = (options: TOption[], id: string, lang: TLang) => options.find((option) => option.id === id)?.text[lang] ?? id;

function mapChoices(question: TStoredQuestion & { kind: "map" }, lang: TLang, pool: string[]): TExportChoice[] {
  const wrong = seededPick(
    [...new Set(pool)].filter((code) => code !== question.answer && code !== "RU" && code !== "UA").sort(),
    MAP_DISTRACTORS,
    `map:${question.id}`,
  );
  const codes = orderOptions(
    {
      ...question,
      kind: "single",
      options: [question.answer, ...wrong].map((code) => ({ id: code, subject: code, text: { de: code, en: code } })),
    } as TQuestion,
    0,
  ).map((option) => option.id);
  return codes.map((code) => ({ id: code, text: countryName(code, lang), correct: code === question.answer }));
}

function body(question: TStoredQuestion, lang: TLang, pool: string[]): TExportKindPart {
  const shown = question.kind === "map" || question.kind === "numeric" ? [] : orderOptions(question as TQuestion, 0);
  switch (question.kind) {
    case "single":
    case "truefalse":
      return {
        kind: question.kind,
        choices: shown.map((option) => ({ id: option.id, text: option.text[lang], correct: option.id === question.answer })),
        answerText: textOf(question.options, question.answer, lang),
      };
    case "multi":
      return {
        kind: "multi",
        choices: shown.map((option) => ({
          id: option.id,
          text: option.text[lang],
          correct: question.answer.includes(option.id),
        })),
        answerText: formatList(
          question.answer.map((id) => textOf(question.options, id, lang)),
          lang,
        ),
      };
    case "map": {
      const choices = mapChoices(question, lang, pool);
      return { kind: "single", choices, answerText: countryName(question.answer, lang) };
    }
    case "numeric": {
      const { value, tolerance, unit, qualifier } = question.answer;
      const [min, max] = acceptedRange(question.answer);
      const range =
        min === max
          ? ""
          : ` (${EXPORT_WORDS[lang].accepted}: ${formatNumber(min, lang)}–${formatNumber(max, lang)} ${unit[lang]})`;
      return {
        kind: "numeric",
        value,
        tolerance,
        unit: unit[lang],
        qualifier,
        min,
        max,
        answerText: `${formatQuantity(value, unit, qualifier, lang)}${range}`,
      };
    }
    case "matching": {
      const pairs = question.answer.map(([left, right]) => ({
        left: textOf(question.options, left, lang),
        right: textOf(question.options, right, lang),
      }));
      const paired = new Set(question.answer.map(([, right]) => right));
      const distractors = question.options
        .filter((option) => option.side === "right" && !paired.has(option.id))
        .map((option) => option.text[lang]);
      return {
        kind: "matching",
        pairs,
        distractors,
        answerText: pairs.map((pair) => `${pair.left} → ${pair.right}`).join("; "),
      };
    }
    case "ordering": {
      const ordered = question.answer.map((id) => textOf(question.options, id, lang));
      return {
        kind: "ordering",
        shown: shown.map((option) => option.text[lang]),
        ordered,
        answerText: ordered.map((text, index) => `${index + 1}. ${text}`).join(", "),
      };
    }
  }
}

/** The sentence that asks to click on the map, which no export can show. */
const CLICK_ON_MAP = /\s*(Klicke|Click) [^.]*\.$/;

/** A map question that names its own answer ("Wo liegt Belarus?") is no question without a map. */
export function needsMap(question: TStoredQuestion, lang: TLang): boolean {
  return question.kind === "map" && question.prompt[lang].includes(countryName(question.answer, lang));
}

export function exportQuestion(question: TStoredQuestion, number: number, lang: TLang, pool: string[]): TExportQuestion {
  return {
    id: question.id,
    number,
    sourceKind: question.kind,
    prompt: question.kind === "map" ? question.prompt[lang].replace(CLICK_ON_MAP, "") : question.prompt[lang],
    asOfLabel: question.asOfLabel[lang],
    explanation: question.explanation[lang],
    ...(question.note ? { note: question.note[lang] } : {}),
    sources: exportSources(question, lang),
    countries: question.tags.countries.map((code) => countryName(code, lang)),
    themes: question.tags.themes.map((theme) => translate(lang, `theme.${theme}` as TMessageKey)),
    countryCodes: question.tags.countries,
    themeIds: question.tags.themes,
    factIds: question.factIds,
    ...body(question, lang, pool),
  };
}

export function buildExportSet(input: TExportInput): TExportSet {
  const carried = input.questions.filter((question) => !needsMap(question, input.lang));
  return {
    id: input.setId,
    title: input.title,
    lang: input.lang,
    questions: carried.map((question, index) => exportQuestion(question, index + 1, input.lang, input.countryPool)),
    omitted: input.questions
      .filter((question) => needsMap(question, input.lang))
      .map((question) => ({ id: question.id, prompt: question.prompt[input.lang] })),
  };
}

/** One line that says which questions the export leaves out and why (empty when none). */
export function omittedLine(set: TExportSet): string {
  if (!set.omitted.length) return "";
  return set.lang === "de"
    ? `Nicht enthalten: ${set.omitted.length} Kartenfrage(n), die das Land nennen und eine Karte zum Anklicken brauchen (${set.omitted.map((q) => q.id).join(", ")}).`
    : `Not included: ${set.omitted.length} map question(s) that name the country and need a map to click on (${set.omitted.map((q) => q.id).join(", ")}).`;
}

/** The articles a set cites, each once, with the dates its sentences stand at (the bibliography). */
export function bibliography(set: TExportSet): Array<{ file: string; article: string; dates: string[] }> {
  const byFile = new Map<string, { file: string; article: string; dates: string[] }>();
  for (const source of set.questions.flatMap((question) => question.sources)) {
    const entry = byFile.get(source.file) ?? { file: source.file, article: source.article, dates: [] };
    if (!entry.dates.includes(source.date)) entry.dates.push(source.date);
    byFile.set(source.file, entry);
  }
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
}

/** Words the formats need in both languages. */
export const EXPORT_WORDS = {
  de: {
    answer: "Antwort",
    explanation: "Erklärung",
    note: "Hinweis",
    source: "Quelle",
    sources: "Quellen",
    asOf: "Stand",
    translation: "Übersetzung",
    true: "Richtig",
    false: "Falsch",
    accepted: "richtig von … bis",
  },
  en: {
    answer: "Answer",
    explanation: "Explanation",
    note: "Note",
    source: "Source",
    sources: "Sources",
    asOf: "As of",
    translation: "Translation",
    true: "True",
    false: "False",
    accepted: "right from … to",
  },
} as const;

/** The explanation, note and sources as one block of lines: every format's feedback. */
export function feedbackLines(question: TExportQuestion, lang: TLang): string[] {
  const words = EXPORT_WORDS[lang];
  return [
    `${words.explanation}: ${question.explanation}`,
    ...(question.note ? [`${words.note}: ${question.note}`] : []),
    ...question.sources.map(
      (source) =>
        `${words.source}: „${source.quote}“${lang === "en" ? ` (${words.translation}: “${source.translation}”)` : ""} – ${source.article}, ${words.asOf}: ${source.date}`,
    ),
  ];
}
