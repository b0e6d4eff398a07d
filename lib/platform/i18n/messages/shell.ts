// The shell around every page: the theme switch, being offline, installing the app.
import type { TMessages } from "./types";

export const shellMessages = {
  "theme.dark": { de: "Dunkel", en: "Dark" },
  "offline.quiz": {
    de: "Keine Verbindung: Quiz werden auf dem Server bewertet und brauchen eine Verbindung. Lernen und Karteikarten der Fragensätze, die du schon geöffnet hast, gehen auch offline.",
    en: "No connection: quizzes are graded on the server and need a connection. Learning and flashcards of the sets you have opened work offline too.",
  },
  "offline.title": { de: "Keine Verbindung", en: "No connection" },
  "offline.text": {
    de: "Diese Seite hast du noch nicht geöffnet, als du online warst, darum ist sie offline nicht da.",
    en: "You had not opened this page while online, so it is not available offline.",
  },
  "offline.works": {
    de: "Offline gehen: die Startseite, die Fragensätze, ihre Lern- und Karteikarten-Seiten, die du schon geöffnet hast, und die Rückseiten der Karten, die du schon umgedreht oder beantwortet hast. Deine Bewertungen werden auf diesem Gerät gespeichert.",
    en: "Offline you have: the home page, the sets, their learn and flashcard pages you have opened, and the backs of the cards you have already turned or answered. Your ratings are saved on this device.",
  },
  "offline.needs": {
    de: "Eine Verbindung brauchen: Quiz (sie werden auf dem Server bewertet), Bestenlisten, Live-Spiele und Klassen.",
    en: "These need a connection: quizzes (graded on the server), leaderboards, live games and classes.",
  },
  "offline.home": { de: "Zur Startseite", en: "To the home page" },
  "offline.retryOnline": {
    de: "Deine Antwort bleibt stehen und wird geprüft, sobald die Verbindung zurück ist.",
    en: "Your answer stays and is checked as soon as the connection is back.",
  },
} as const satisfies TMessages;
