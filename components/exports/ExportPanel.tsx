// The set page's downloads for teachers: every export format, German and English. Plain links to the export
// route (a server component: nothing runs in the browser). Until teacher accounts exist, everyone sees it.
import type { TExportFormat } from "@/lib/exports/types";
import type { TLang } from "@/lib/platform/i18n/lang";
import { translate, type TMessageKey } from "@/lib/platform/i18n/messages";

const ORDER: TExportFormat[] = ["worksheet", "answer-key", "moodle", "gift", "qti", "kahoot", "anki", "quizlet"];

export function ExportPanel({ setId, lang }: { setId: string; lang: TLang }) {
  const text = (key: TMessageKey) => translate(lang, key);
  const fileLang: Record<TLang, string> = { de: text("export.fileDe"), en: text("export.fileEn") };
  const href = (format: TExportFormat, file: TLang) =>
    `/api/sets/${encodeURIComponent(setId)}/export?format=${format}&lang=${file}`;
  return (
    <section className="card" aria-labelledby="export-title" style={{ marginTop: "1rem" }}>
      <h2 id="export-title" style={{ marginTop: 0 }}>
        {text("export.title")}
      </h2>
      <p className="muted">{text("export.intro")}</p>
      <ul style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: "0.6rem" }}>
        {ORDER.map((format) => {
          const name = text(`export.${format}.name`);
          const what = text(`export.${format}.what`);
          return (
            <li key={format} style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: "0.4rem 0.8rem" }}>
              <span style={{ flex: "1 1 14rem" }}>
                <strong>{name}</strong> <span className="muted">– {what}</span>
              </span>
              <span style={{ display: "flex", gap: "0.4rem" }}>
                {(["de", "en"] as const).map((file) => (
                  <a
                    key={file}
                    className="btn btn-secondary"
                    href={href(format, file)}
                    download
                    aria-label={`${name} – ${fileLang[file]}`}
                  >
                    {fileLang[file]}
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
