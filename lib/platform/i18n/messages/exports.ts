// The set page's downloads for teachers (components/exports/ExportPanel.tsx).
import type { TMessages } from "./types";

export const exportsMessages = {
  "export.title": { de: "Herunterladen / Export", en: "Download / Export" },
  "export.intro": {
    de: "Für Lehrkräfte: die Fragen dieses Satzes für Lernplattformen, Karteikarten und Papier – jede mit Erklärung, Quellensatz und Datum.",
    en: "For teachers: this set's questions for learning platforms, flashcards and paper – each with its explanation, source sentence and date.",
  },
  "export.fileDe": { de: "Deutsch", en: "German" },
  "export.fileEn": { de: "Englisch", en: "English" },
  "export.moodle.name": { de: "Moodle XML", en: "Moodle XML" },
  "export.moodle.what": { de: "Fragensammlung für Moodle", en: "Question bank file for Moodle" },
  "export.gift.name": { de: "GIFT", en: "GIFT" },
  "export.gift.what": {
    de: "Textformat für Moodle und andere Plattformen",
    en: "Plain-text format for Moodle and other platforms",
  },
  "export.qti.name": { de: "QTI 2.1", en: "QTI 2.1" },
  "export.qti.what": {
    de: "Inhaltspaket (ZIP) für TAO, ONYX, Inspera, Canvas …",
    en: "Content package (ZIP) for TAO, ONYX, Inspera, Canvas …",
  },
  "export.kahoot.name": { de: "Kahoot!", en: "Kahoot!" },
  "export.kahoot.what": {
    de: "Tabelle (XLSX) nach Kahoots Vorlage; Hinweise zu nicht Übernommenem im Blatt „Hinweise“",
    en: "Spreadsheet (XLSX) in Kahoot's template; what it cannot hold is on the “Notes” sheet",
  },
  "export.anki.name": { de: "Anki", en: "Anki" },
  "export.anki.what": { de: "Kartenstapel (.apkg), eine Karte je Fakt", en: "Deck (.apkg), one card per fact" },
  "export.quizlet.name": { de: "Quizlet", en: "Quizlet" },
  "export.quizlet.what": { de: "Tab-getrennte Datei zum Import in Quizlet", en: "Tab-separated file for Quizlet's import" },
  "export.worksheet.name": { de: "Arbeitsblatt (PDF)", en: "Worksheet (PDF)" },
  "export.worksheet.what": { de: "A4 zum Ausdrucken, mit Quellenverzeichnis", en: "A4 to print, with a bibliography" },
  "export.answer-key.name": { de: "Lösungen (PDF)", en: "Answer key (PDF)" },
  "export.answer-key.what": { de: "Antworten, Erklärungen und Quellen", en: "Answers, explanations and sources" },
} as const satisfies TMessages;
