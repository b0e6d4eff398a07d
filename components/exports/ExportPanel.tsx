// The set page's downloads for teachers: every export format, German and English. Plain links to the export
// route (a server component: nothing runs in the browser). Until teacher accounts exist, everyone sees it.
import type { TExportFormat } from "@/lib/exports/types";
import type { TLang } from "@/lib/platform/i18n/lang";

type TFormatText = { name: string; what: string };

// The section's own texts, kept here rather than in the shared message modules.
const TEXTS: Record<
  TLang,
  { title: string; intro: string; de: string; en: string; formats: Record<TExportFormat, TFormatText> }
> = {
  de: {
    title: "Herunterladen / Export",
    intro:
      "Für Lehrkräfte: die Fragen dieses Satzes für Lernplattformen, Karteikarten und Papier – jede mit Erklärung, Quellensatz und Datum.",
    de: "Deutsch",
    en: "Englisch",
    formats: {
      moodle: { name: "Moodle XML", what: "Fragensammlung für Moodle" },
      gift: { name: "GIFT", what: "Textformat für Moodle und andere Plattformen" },
      qti: { name: "QTI 2.1", what: "Inhaltspaket (ZIP) für TAO, ONYX, Inspera, Canvas …" },
      kahoot: {
        name: "Kahoot!",
        what: "Tabelle (XLSX) nach Kahoots Vorlage; Hinweise zu nicht Übernommenem im Blatt „Hinweise“",
      },
      anki: { name: "Anki", what: "Kartenstapel (.apkg), eine Karte je Fakt" },
      quizlet: { name: "Quizlet", what: "Tab-getrennte Datei zum Import in Quizlet" },
      worksheet: { name: "Arbeitsblatt (PDF)", what: "A4 zum Ausdrucken, mit Quellenverzeichnis" },
      "answer-key": { name: "Lösungen (PDF)", what: "Antworten, Erklärungen und Quellen" },
    },
  },
  en: {
    title: "Download / Export",
    intro:
      "For teachers: this set's questions for learning platforms, flashcards and paper – each with its explanation, source sentence and date.",
    de: "German",
    en: "English",
    formats: {
      moodle: { name: "Moodle XML", what: "Question bank file for Moodle" },
      gift: { name: "GIFT", what: "Plain-text format for Moodle and other platforms" },
      qti: { name: "QTI 2.1", what: "Content package (ZIP) for TAO, ONYX, Inspera, Canvas …" },
      kahoot: { name: "Kahoot!", what: "Spreadsheet (XLSX) in Kahoot's template; what it cannot hold is on the “Notes” sheet" },
      anki: { name: "Anki", what: "Deck (.apkg), one card per fact" },
      quizlet: { name: "Quizlet", what: "Tab-separated file for Quizlet's import" },
      worksheet: { name: "Worksheet (PDF)", what: "A4 to print, with a bibliography" },
      "answer-key": { name: "Answer key (PDF)", what: "Answers, explanations and sources" },
    },
  },
};

const ORDER: TExportFormat[] = ["worksheet", "answer-key", "moodle", "gift", "qti", "kahoot", "anki", "quizlet"];

export function ExportPanel({ setId, lang }: { setId: string; lang: TLang }) {
  const text = TEXTS[lang];
  const href = (format: TExportFormat, fileLang: TLang) =>
    `/api/sets/${encodeURIComponent(setId)}/export?format=${format}&lang=${fileLang}`;
  return (
    <section className="card" aria-labelledby="export-title" style={{ marginTop: "1rem" }}>
      <h2 id="export-title" style={{ marginTop: 0 }}>
        {text.title}
      </h2>
      <p className="muted">{text.intro}</p>
      <ul style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: "0.6rem" }}>
        {ORDER.map((format) => {
          const { name, what } = text.formats[format];
          return (
            <li key={format} style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: "0.4rem 0.8rem" }}>
              <span style={{ flex: "1 1 14rem" }}>
                <strong>{name}</strong> <span className="muted">– {what}</span>
              </span>
              <span style={{ display: "flex", gap: "0.4rem" }}>
                {(["de", "en"] as const).map((fileLang) => (
                  <a
                    key={fileLang}
                    className="btn btn-secondary"
                    href={href(format, fileLang)}
                    download
                    aria-label={`${name} – ${text[fileLang]}`}
                  >
                    {text[fileLang]}
                  </a>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
