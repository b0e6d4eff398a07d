// The report as CSV: one row per player and question asked (answer, right or not, time, points), with the
// player's rank and totals on every row so a spreadsheet can filter and pivot. RFC 4180 quoting, a BOM so that
// spreadsheet programs read the umlauts, and cells that start like a formula are defused. In German, cells are
// separated by semicolons and decimals written with a comma, as German spreadsheet programs read CSV; in
// English, commas and points.
import { secondsText } from "@/lib/platform/i18n/lang";
import type { TLang } from "@/questions/types";
import type { TGameReport } from "./report";

export type TCsvCell = string | number | boolean | null;

const SEPARATOR: Record<TLang, string> = { de: ";", en: "," };

/** One cell: quoted when needed; text a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe. */
export function csvCell(value: TCsvCell, separator = ","): string {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: ReadonlyArray<readonly TCsvCell[]>, separator = ","): string {
  return "\uFEFF" + rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join("\r\n") + "\r\n";
}

const HEADERS: Record<TLang, string[]> = {
  de: [
    "Platz",
    "Spitzname",
    "Punkte gesamt",
    "Richtige gesamt",
    "Frage Nr.",
    "Frage",
    "Antwort",
    "Richtig",
    "Zeit (s)",
    "Punkte",
  ],
  en: ["Rank", "Nickname", "Total score", "Total correct", "Question no.", "Question", "Answer", "Correct", "Time (s)", "Points"],
};
const YES_NO: Record<TLang, [string, string]> = { de: ["ja", "nein"], en: ["yes", "no"] };

export type TCsvAnswer = {
  gamePlayerId: string;
  questionIndex: number;
  answerText: string;
  correct: boolean;
  timeMs: number;
  points: number;
};

export function reportCsv(report: TGameReport, answers: readonly TCsvAnswer[], lang: TLang): string {
  const byKey = new Map(answers.map((answer) => [`${answer.gamePlayerId}:${answer.questionIndex}`, answer]));
  const rows: TCsvCell[][] = [HEADERS[lang]];
  for (const player of report.players) {
    for (const question of report.questions) {
      const answer = byKey.get(`${player.id}:${question.index}`);
      rows.push([
        player.rank,
        player.nickname,
        player.score,
        player.correctCount,
        question.index + 1,
        question.prompt[lang],
        answer?.answerText ?? "",
        YES_NO[lang][answer?.correct ? 0 : 1],
        answer ? secondsText(answer.timeMs, lang) : "",
        answer?.points ?? 0,
      ]);
    }
  }
  return toCsv(rows, SEPARATOR[lang]);
}
