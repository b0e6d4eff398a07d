// The class report as tables to download, one per view: students, questions, facts (CSV: one of them; XLSX: all
// three as sheets). Headers in the language asked for; the fact's source with its article and date.
import type { TLang } from "@/questions/types";
import { formatDate } from "@/questions/text";
import { translate } from "@/lib/platform/i18n/messages";
import type { TTable } from "@/lib/games/rules/tables";
import type { TClassReport, TTrend } from "@/lib/class-reports/types";

export const REPORT_VIEWS = ["students", "questions", "facts"] as const;
export type TReportView = (typeof REPORT_VIEWS)[number];

const WORDS = {
  de: {
    students: "Schüler",
    questions: "Fragen",
    facts: "Fakten",
    nickname: "Spitzname",
    member: "In der Klasse",
    games: "Live-Spiele",
    assignments: "Aufgaben",
    answers: "Antworten",
    correct: "Richtig",
    share: "Anteil richtig (%)",
    trend: "Tendenz",
    history: "Verlauf (Datum: richtig/Antworten)",
    question: "Frage",
    kind: "Art",
    inGames: "In Spielen",
    hard: "Schwer",
    facts_: "Fakten",
    fact: "Fakt",
    missed: "Falsch",
    source: "Quelle",
    article: "Artikel",
    asOf: "Stand",
    yes: "ja",
    no: "nein",
    up: "steigend",
    down: "fallend",
    steady: "gleichbleibend",
  },
  en: {
    students: "Students",
    questions: "Questions",
    facts: "Facts",
    nickname: "Nickname",
    member: "In the class",
    games: "Live games",
    assignments: "Assignments",
    answers: "Answers",
    correct: "Correct",
    share: "Share correct (%)",
    trend: "Trend",
    history: "History (date: correct/answers)",
    question: "Question",
    kind: "Kind",
    inGames: "In games",
    hard: "Hard",
    facts_: "Facts",
    fact: "Fact",
    missed: "Missed",
    source: "Source",
    article: "Article",
    asOf: "As of",
    yes: "yes",
    no: "no",
    up: "rising",
    down: "falling",
    steady: "steady",
  },
} as const;

export function trendText(trend: TTrend | null, lang: TLang): string {
  return trend ? WORDS[lang][trend] : "";
}

export function classReportTables(report: TClassReport, lang: TLang): Record<TReportView, TTable> {
  const w = WORDS[lang];
  const yesNo = (value: boolean) => (value ? w.yes : w.no);
  return {
    students: {
      name: w.students,
      columns: [
        { header: w.nickname, width: 20 },
        { header: w.member, width: 12 },
        { header: w.games, format: "integer" },
        { header: w.assignments, format: "integer" },
        { header: w.answers, format: "integer" },
        { header: w.correct, format: "integer" },
        { header: w.share, format: "share" },
        { header: w.trend, width: 14 },
        { header: w.history, width: 60 },
      ],
      rows: report.students.map((student) => [
        student.nickname,
        yesNo(student.member),
        student.games,
        student.assignments,
        student.answers,
        student.correct,
        student.accuracy,
        trendText(student.trend, lang),
        student.history.map((game) => `${formatDate(game.day, lang)}: ${game.correct}/${game.answers}`).join(" · "),
      ]),
    },
    questions: {
      name: w.questions,
      columns: [
        { header: w.question, width: 70 },
        { header: w.kind, width: 18 },
        { header: w.inGames, format: "integer" },
        { header: w.answers, format: "integer" },
        { header: w.correct, format: "integer" },
        { header: w.share, format: "share" },
        { header: w.hard, width: 8 },
        { header: w.facts_, width: 30 },
      ],
      rows: report.questions.map((question) => [
        question.prompt[lang],
        translate(lang, `kind.${question.kind}`),
        question.games,
        question.answers,
        question.correct,
        question.accuracy,
        yesNo(question.hard),
        question.factIds.join(", "),
      ]),
    },
    facts: {
      name: w.facts,
      columns: [
        { header: w.fact, width: 70 },
        { header: w.answers, format: "integer" },
        { header: w.correct, format: "integer" },
        { header: w.missed, format: "integer" },
        { header: w.share, format: "share" },
        { header: w.hard, width: 8 },
        { header: w.source, width: 80 },
        { header: w.article, width: 40 },
        { header: w.asOf, width: 16 },
        { header: "id", width: 30 },
      ],
      rows: report.facts.map((fact) => {
        const source = fact.sources[0];
        return [
          fact.statement[lang],
          fact.answers,
          fact.correct,
          fact.missed,
          fact.accuracy,
          yesNo(fact.hard),
          source ? (lang === "en" && source.en ? `${source.quote} (${source.en})` : source.quote) : "",
          source?.label[lang] ?? "",
          formatDate(source?.asOf || fact.asOf, lang),
          fact.factId,
        ];
      }),
    },
  };
}
