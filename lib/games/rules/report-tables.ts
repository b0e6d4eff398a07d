// The host's report as tables to download: each player's result, each question's accuracy, and one row per
// player and question asked (answer, right or not, time, points) with the player's rank and totals on every row
// so a spreadsheet can filter and pivot. The CSV is the last of them; the workbook holds all three.
import type { TLang } from "@/questions/types";
import type { TGameReport } from "./report";
import { tableCsv, type TTable } from "./tables";

export type TCsvAnswer = {
  gamePlayerId: string;
  questionIndex: number;
  answerText: string;
  correct: boolean;
  timeMs: number;
  points: number;
};

const WORDS = {
  de: {
    players: "Ergebnisse",
    questions: "Fragen",
    answers: "Antworten",
    rank: "Platz",
    nickname: "Spitzname",
    totalScore: "Punkte gesamt",
    totalCorrect: "Richtige gesamt",
    answered: "Beantwortet",
    totalTime: "Zeit gesamt (s)",
    finished: "Fertig",
    questionNo: "Frage Nr.",
    question: "Frage",
    correctCount: "Richtig",
    share: "Anteil richtig (%)",
    averageTime: "Zeit im Schnitt (s)",
    answer: "Antwort",
    correct: "Richtig",
    time: "Zeit (s)",
    points: "Punkte",
    yes: "ja",
    no: "nein",
  },
  en: {
    players: "Results",
    questions: "Questions",
    answers: "Answers",
    rank: "Rank",
    nickname: "Nickname",
    totalScore: "Total score",
    totalCorrect: "Total correct",
    answered: "Answered",
    totalTime: "Total time (s)",
    finished: "Finished",
    questionNo: "Question no.",
    question: "Question",
    correctCount: "Correct",
    share: "Share correct (%)",
    averageTime: "Average time (s)",
    answer: "Answer",
    correct: "Correct",
    time: "Time (s)",
    points: "Points",
    yes: "yes",
    no: "no",
  },
} as const;

const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);

function answersTable(report: TGameReport, answers: readonly TCsvAnswer[], lang: TLang): TTable {
  const w = WORDS[lang];
  const byKey = new Map(answers.map((answer) => [`${answer.gamePlayerId}:${answer.questionIndex}`, answer]));
  return {
    name: w.answers,
    columns: [
      { header: w.rank, format: "integer", width: 8 },
      { header: w.nickname, width: 20 },
      { header: w.totalScore, format: "integer" },
      { header: w.totalCorrect, format: "integer" },
      { header: w.questionNo, format: "integer", width: 10 },
      { header: w.question, width: 60 },
      { header: w.answer, width: 40 },
      { header: w.correct, width: 10 },
      { header: w.time, format: "seconds", width: 10 },
      { header: w.points, format: "integer", width: 10 },
    ],
    rows: report.players.flatMap((player) =>
      report.questions.map((question) => {
        const answer = byKey.get(`${player.id}:${question.index}`);
        return [
          player.rank,
          player.nickname,
          player.score,
          player.correctCount,
          question.index + 1,
          question.prompt[lang],
          answer?.answerText ?? "",
          answer?.correct ? w.yes : w.no,
          answer ? seconds(answer.timeMs) : null,
          answer?.points ?? 0,
        ];
      }),
    ),
  };
}

/** The report's three views: results per player, accuracy per question, every answer. */
export function gameReportTables(report: TGameReport, answers: readonly TCsvAnswer[], lang: TLang): TTable[] {
  const w = WORDS[lang];
  return [
    {
      name: w.players,
      columns: [
        { header: w.rank, format: "integer", width: 8 },
        { header: w.nickname, width: 20 },
        { header: w.totalScore, format: "integer" },
        { header: w.totalCorrect, format: "integer" },
        { header: w.answered, format: "integer" },
        { header: w.totalTime, format: "seconds" },
        { header: w.finished, width: 10 },
      ],
      rows: report.players.map((player) => [
        player.rank,
        player.nickname,
        player.score,
        player.correctCount,
        player.answered,
        seconds(player.totalTimeMs),
        player.finished ? w.yes : w.no,
      ]),
    },
    {
      name: w.questions,
      columns: [
        { header: w.questionNo, format: "integer", width: 10 },
        { header: w.question, width: 60 },
        { header: w.answered, format: "integer" },
        { header: w.correctCount, format: "integer" },
        { header: w.share, format: "share" },
        { header: w.averageTime, format: "seconds" },
      ],
      rows: report.questions.map((question) => [
        question.index + 1,
        question.prompt[lang],
        question.answered,
        question.correct,
        question.accuracy,
        seconds(question.averageTimeMs),
      ]),
    },
    answersTable(report, answers, lang),
  ];
}

/** The report as CSV: one row per player and question asked. */
export function reportCsv(report: TGameReport, answers: readonly TCsvAnswer[], lang: TLang): string {
  return tableCsv(answersTable(report, answers, lang), lang);
}
