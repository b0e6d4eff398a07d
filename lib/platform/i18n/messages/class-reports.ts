// A class's report across its games and assignments (app/(classroom)/classroom/classes/[groupId]/report,
// components/class-reports/).
import type { TMessages } from "./types";

export const classReportsMessages = {
  "classReport.link": { de: "Bericht der Klasse", en: "Class report" },
  "classReport.title": { de: "Bericht: {name}", en: "Report: {name}" },
  "classReport.metaTitle": { de: "Bericht der Klasse {name}", en: "Report of class {name}" },
  "classReport.back": { de: "Zurück zur Klasse", en: "Back to the class" },
  "classReport.intro": {
    de: "Alle Live-Spiele und Aufgaben dieser Klasse zusammen: wer wie oft mitgespielt hat, welche Fragen und welche Fakten der Klasse am schwersten fallen.",
    en: "All of this class's live games and assignments together: who took part how often, and which questions and facts the class finds hardest.",
  },
  "classReport.signIn": {
    de: "Der Bericht einer Klasse ist nur für ihre Lehrkraft. Melde dich an, um ihn zu sehen.",
    en: "A class's report is for its teacher only. Sign in to see it.",
  },
  "classReport.signInLink": { de: "Zur Anmeldung für Lehrkräfte", en: "To the teachers' sign-in" },
  "classReport.empty": {
    de: "Diese Klasse hat noch kein Spiel und keine Aufgabe gespielt. Erstelle eines für die Klasse – danach steht hier, was sie kann und was nicht.",
    en: "This class has not played a game or an assignment yet. Create one for the class – afterwards this page shows what it knows and what not.",
  },
  "classReport.students": { de: "Schüler·innen", en: "Students" },
  "classReport.games": { de: "Live-Spiele", en: "Live games" },
  "classReport.assignments": { de: "Aufgaben", en: "Assignments" },
  "classReport.answers": { de: "Antworten", en: "Answers" },
  "classReport.accuracy": { de: "Richtig im Schnitt", en: "Average correct" },

  "classReport.practice.title": { de: "Schwächste Fakten üben", en: "Practise the weakest facts" },
  "classReport.practice.text": {
    de: "Ein Klick erstellt eine Aufgabe (Frist: eine Woche) mit den Fragen zu den Fakten, die die Klasse am häufigsten verfehlt hat.",
    en: "One click creates an assignment (due in a week) of the questions on the facts the class missed most.",
  },
  "classReport.practice.button": { de: "Schwächste Fakten üben", en: "Practise the weakest facts" },
  "classReport.practice.busy": { de: "Aufgabe wird erstellt …", en: "Creating the assignment …" },
  "classReport.practice.too_few_answers": {
    de: "Noch zu wenige Antworten: Ein Fakt zählt erst, wenn die Klasse ihn {min}-mal beantwortet hat. Spielt zuerst ein Spiel oder eine Aufgabe mit der Klasse.",
    en: "Too few answers yet: a fact counts once the class has answered it {min} times. Play a game or an assignment with the class first.",
  },
  "classReport.practice.nothing_missed": {
    de: "Die Klasse hat keinen ausreichend oft gefragten Fakt verfehlt – es gibt noch nichts zu üben. Spielt zuerst ein weiteres Spiel.",
    en: "The class missed none of the facts it answered often enough – nothing to practise yet. Play another game first.",
  },
  "classReport.practice.no_questions": {
    de: "Die Fragen zu den schwächsten Fakten wurden inzwischen zurückgezogen; es bleibt nichts, um sie zu üben.",
    en: "The questions on the weakest facts have been retired since; nothing is left to practise them with.",
  },
  "classReport.practice.failed": {
    de: "Die Aufgabe konnte nicht erstellt werden: {message}",
    en: "The assignment could not be created: {message}",
  },

  "classReport.downloads": { de: "Herunterladen", en: "Download" },
  "classReport.xlsx": { de: "Excel-Datei (XLSX, alle Ansichten)", en: "Excel file (XLSX, every view)" },
  "classReport.csv": { de: "Einzelne Ansicht als CSV:", en: "One view as CSV:" },
  "classReport.csv.students": { de: "Schüler·innen", en: "Students" },
  "classReport.csv.questions": { de: "Fragen", en: "Questions" },
  "classReport.csv.facts": { de: "Fakten", en: "Facts" },

  "classReport.facts.title": { de: "Am häufigsten verfehlte Fakten", en: "Facts missed most" },
  "classReport.facts.rule": {
    de: "Schwer heißt: Selbst im günstigsten Fall (obere Grenze des 95-%-Vertrauensbereichs) beantwortet die Klasse den Fakt zu weniger als {share} % richtig, bei mindestens {min} Antworten. So füllt eine kleine Klasse die Liste nicht mit Fragen, die zwei von dreien richtig hatten.",
    en: "Hard means: even at best (the upper end of the 95 % confidence interval) the class gets the fact right less than {share} % of the time, from at least {min} answers. So a small class does not fill the list with questions two of three got right.",
  },
  "classReport.facts.none": { de: "Die Klasse hat bisher keinen Fakt verfehlt.", en: "The class has missed no fact so far." },
  "classReport.facts.score": { de: "{correct} von {answers} richtig", en: "{correct} of {answers} right" },
  "classReport.facts.questions": { de: "Fragen dazu: {count}", en: "Questions on it: {count}" },
  "classReport.facts.moreSources": { de: "und {count} weitere", en: "and {count} more" },
  "classReport.facts.source": { de: "Quelle", en: "Source" },
  "classReport.hard": { de: "schwer", en: "hard" },
  "classReport.fewAnswers": { de: "zu wenige Antworten", en: "too few answers" },

  "classReport.students.title": { de: "Schüler·innen im Verlauf", en: "Students over time" },
  "classReport.students.nickname": { de: "Spitzname", en: "Nickname" },
  "classReport.students.takenPart": { de: "Spiele", en: "Games" },
  "classReport.students.share": { de: "Richtig", en: "Correct" },
  "classReport.students.history": { de: "Verlauf", en: "History" },
  "classReport.students.historyLabel": {
    de: "Anteil richtig je Spiel, älteste zuerst: {values}",
    en: "Share correct per game, oldest first: {values}",
  },
  "classReport.students.trend": { de: "Tendenz", en: "Trend" },
  "classReport.students.left": { de: "hat die Klasse verlassen", en: "left the class" },
  "classReport.trend.up": { de: "steigend", en: "rising" },
  "classReport.trend.down": { de: "fallend", en: "falling" },
  "classReport.trend.steady": { de: "gleichbleibend", en: "steady" },

  "classReport.questions.title": { de: "Fragen", en: "Questions" },
  "classReport.questions.question": { de: "Frage", en: "Question" },
  "classReport.questions.games": { de: "In Spielen", en: "In games" },

  "classReport.games.title": { de: "Spiele und Aufgaben", en: "Games and assignments" },
  "classReport.games.date": { de: "Wann", en: "When" },
  "classReport.games.mode": { de: "Art", en: "Kind" },
  "classReport.games.live": { de: "Live-Spiel", en: "Live game" },
  "classReport.games.assignment": { de: "Aufgabe", en: "Assignment" },
  "classReport.games.players": { de: "Mitspielende", en: "Players" },
  "classReport.games.report": { de: "Bericht", en: "Report" },
  "classReport.games.reportOf": { de: "Bericht des Spiels vom {date}", en: "Report of the game of {date}" },
} as const satisfies TMessages;
