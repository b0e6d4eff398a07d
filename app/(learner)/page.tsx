import Link from "next/link";
import { DueCard } from "@/components/sets/DueCard";
import { SetCard } from "@/components/sets/SetCard";
import { fetchSets } from "@/lib/sets/use-cases/set-pages";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { formatDate } from "@/questions/text";
import { localDate } from "@/lib/platform/time/periods";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const lang = await getLang();
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(lang, key, values);
  const sets = await fetchSets();
  const daily = sets.find((set) => set.kind === "daily");
  const group = (kind: string) => sets.filter((set) => set.kind === kind);

  return (
    <>
      <h1>{t("app.name")}</h1>
      <p className="muted" style={{ maxWidth: "48rem" }}>
        {t("app.tagline")}
      </p>

      <div className="hero">
        {daily && (
          <section className="card" aria-labelledby="daily-title">
            <h2 id="daily-title">{t("home.daily")}</h2>
            <p>{t("home.dailyText", { date: formatDate(localDate(new Date()), lang) })}</p>
            <Link href="/sets/daily/quiz?new=1" className="btn btn-primary">
              {t("home.dailyPlay")}
            </Link>
          </section>
        )}
        <DueCard />
        <section className="card" aria-labelledby="sources-title">
          <h2 id="sources-title">{t("home.sources")}</h2>
          <p className="muted">
            {lang === "de"
              ? "Jede Frage zeigt den Satz aus dem Artikel, auf dem sie beruht: eine Bildergalerie (2025) und ein DW-Überblick (Juni 2024)."
              : "Every question shows the sentence from the article it rests on: a picture gallery (2025) and a DW overview (June 2024)."}
          </p>
        </section>
      </div>

      <h2>{t("home.everything")}</h2>
      <div className="grid-cards">
        {group("all").map((set) => (
          <SetCard key={set.id} set={set} lang={lang} />
        ))}
      </div>
      <h2>{t("home.regions")}</h2>
      <div className="grid-cards">
        {group("region").map((set) => (
          <SetCard key={set.id} set={set} lang={lang} />
        ))}
      </div>
      <h2>{t("home.themes")}</h2>
      <div className="grid-cards">
        {group("theme").map((set) => (
          <SetCard key={set.id} set={set} lang={lang} />
        ))}
      </div>
    </>
  );
}
