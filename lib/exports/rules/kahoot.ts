// Kahoot!'s spreadsheet import: their template's layout (instructions in rows 1–7, headers in row 8, one question
// per row from row 9, numbered in column A), written with exceljs. Kahoot holds quiz questions with two to four
// answers and 120/75 characters: single choice, map (as a choice of countries), true/false, and multiple select
// with up to four options. Estimates, matching and ordering it cannot hold; they are listed on the "Notes" sheet,
// with every shortened text, and the "Sources" sheet carries each question's explanation, note and sources.
import ExcelJS from "exceljs";
import { EXPORT_WORDS, omittedLine } from "@/lib/exports/rules/export-set";
import type { TExportChoice, TExportQuestion, TExportSet } from "@/lib/exports/types";
import type { TLang } from "@/questions/types";

export const KAHOOT_HEADERS = [
  "Question - max 120 characters",
  "Answer 1 - max 75 characters",
  "Answer 2 - max 75 characters",
  "Answer 3 - max 75 characters",
  "Answer 4 - max 75 characters",
  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
  "Correct answer(s) - choose at least one",
] as const;
export const KAHOOT_HEADER_ROW = 8;
const QUESTION_MAX = 120;
const ANSWER_MAX = 75;
const TIME_LIMIT: Record<string, number> = { single: 20, truefalse: 20, map: 30, multi: 30 };

export type TKahootRow = { question: TExportQuestion; text: string; answers: string[]; correct: number[]; seconds: number };
export type TKahootNote = { number: number; id: string; reason: string };

const WORDS = {
  de: {
    notCarried: "nicht übernommen: Kahoot! kennt diese Art nicht",
    kinds: { numeric: "Schätzfrage", matching: "Zuordnung", ordering: "Reihenfolge" } as Record<string, string>,
    shortened: (what: string, max: number, full: string) => `${what} auf ${max} Zeichen gekürzt; vollständig: ${full}`,
    question: "Frage",
    answer: "Antwort",
    fewer: (dropped: string[]) => `Kahoot! hält vier Antworten: falsche Antworten weggelassen: ${dropped.join("; ")}`,
    notesTitle: "Hinweise zu diesem Export",
    intro: "Was die Kahoot!-Vorlage nicht aufnehmen kann. Importiert wird nur das erste Blatt.",
    none: "Alle Fragen des Satzes sind vollständig übernommen.",
  },
  en: {
    notCarried: "not carried: Kahoot! has no such kind",
    kinds: { numeric: "estimate", matching: "matching", ordering: "ordering" } as Record<string, string>,
    shortened: (what: string, max: number, full: string) => `${what} shortened to ${max} characters; in full: ${full}`,
    question: "Question",
    answer: "Answer",
    fewer: (dropped: string[]) => `Kahoot! holds four answers: wrong answers left out: ${dropped.join("; ")}`,
    notesTitle: "Notes on this export",
    intro: "What the Kahoot! template cannot hold. Only the first sheet is imported.",
    none: "Every question of the set is carried in full.",
  },
};

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** Which questions go into the template and what had to give: pure, so the notes can be tested on their own. */
export function kahootRows(set: TExportSet): { rows: TKahootRow[]; notes: TKahootNote[] } {
  const words = WORDS[set.lang];
  const rows: TKahootRow[] = [];
  const notes: TKahootNote[] = [];
  for (const question of set.questions) {
    const note = (reason: string) => notes.push({ number: question.number, id: question.id, reason });
    if (question.kind !== "single" && question.kind !== "multi" && question.kind !== "truefalse") {
      note(`${words.kinds[question.kind]}: ${words.notCarried}`);
      continue;
    }
    let choices: TExportChoice[] = question.choices;
    if (choices.length > 4) {
      const right = choices.filter((choice) => choice.correct);
      if (right.length > 4) {
        note(`${words.answer}: ${words.notCarried}`);
        continue;
      }
      const kept = new Set([...right, ...choices.filter((choice) => !choice.correct).slice(0, 4 - right.length)]);
      note(words.fewer(choices.filter((choice) => !kept.has(choice)).map((choice) => choice.text)));
      choices = choices.filter((choice) => kept.has(choice));
    }
    if (question.prompt.length > QUESTION_MAX) note(words.shortened(words.question, QUESTION_MAX, question.prompt));
    for (const choice of choices)
      if (choice.text.length > ANSWER_MAX) note(words.shortened(words.answer, ANSWER_MAX, choice.text));
    rows.push({
      question,
      text: shorten(question.prompt, QUESTION_MAX),
      answers: choices.map((choice) => shorten(choice.text, ANSWER_MAX)),
      correct: choices.flatMap((choice, index) => (choice.correct ? [index + 1] : [])),
      seconds: TIME_LIMIT[question.sourceKind] ?? 30,
    });
  }
  return { rows, notes };
}

function sourcesSheet(workbook: ExcelJS.Workbook, set: TExportSet, lang: TLang) {
  const words = EXPORT_WORDS[lang];
  const sheet = workbook.addWorksheet(words.sources);
  sheet.addRow([
    "#",
    words.answer,
    words.explanation,
    words.note,
    words.source,
    lang === "de" ? "Artikel" : "Article",
    words.asOf,
  ]);
  sheet.getRow(1).font = { bold: true };
  for (const question of set.questions) {
    question.sources.forEach((source, index) => {
      sheet.addRow([
        question.number,
        index === 0 ? question.answerText : "",
        index === 0 ? question.explanation : "",
        index === 0 ? (question.note ?? "") : "",
        lang === "en" ? `${source.quote} (${source.translation})` : source.quote,
        source.article,
        source.date,
      ]);
    });
  }
  sheet.columns.forEach((column, index) => (column.width = [5, 30, 60, 40, 80, 40, 14][index]));
}

export async function kahootXlsx(set: TExportSet): Promise<Uint8Array> {
  const { rows, notes } = kahootRows(set);
  const words = WORDS[set.lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Putins Verbündete";
  const sheet = workbook.addWorksheet("Kahoot");
  sheet.getCell("B2").value = "Quiz template";
  sheet.getCell("B3").value = `${set.title} (${set.lang})`;
  sheet.getCell("B4").value =
    "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!";
  sheet.getCell("B5").value =
    "Remember: questions have a limit of 120 characters and answers can have 75 characters max. If several answers are correct, separate them with a comma.";
  sheet.getCell("B6").value =
    notes.length || set.omitted.length
      ? `${words.notesTitle}: ${notes.length} (→ ${set.lang === "de" ? "Hinweise" : "Notes"})`
      : "";
  sheet.getRow(KAHOOT_HEADER_ROW).values = ["", ...KAHOOT_HEADERS];
  sheet.getRow(KAHOOT_HEADER_ROW).font = { bold: true };
  rows.forEach((row, index) => {
    const answers = [...row.answers, "", "", "", ""].slice(0, 4);
    sheet.getRow(KAHOOT_HEADER_ROW + 1 + index).values = [index + 1, row.text, ...answers, row.seconds, row.correct.join(",")];
  });
  sheet.columns.forEach((column, index) => (column.width = [5, 60, 30, 30, 30, 30, 14, 14][index]));

  const notesSheet = workbook.addWorksheet(set.lang === "de" ? "Hinweise" : "Notes");
  notesSheet.addRow([words.notesTitle]).font = { bold: true };
  notesSheet.addRow([words.intro]);
  notesSheet.addRow([]);
  if (set.omitted.length) notesSheet.addRow([omittedLine(set)]);
  if (!notes.length && !set.omitted.length) notesSheet.addRow([words.none]);
  else notesSheet.addRow(["#", "id", set.lang === "de" ? "Was" : "What"]).font = { bold: true };
  for (const note of notes) notesSheet.addRow([note.number, note.id, note.reason]);
  notesSheet.columns.forEach((column, index) => (column.width = [6, 34, 120][index]));

  sourcesSheet(workbook, set, set.lang);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
