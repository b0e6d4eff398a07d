import { notFound } from "next/navigation";
import { ExportPanel } from "@/components/exports/ExportPanel";
import { SetMap } from "@/components/sets/SetMap";
import { StartQuizPanel } from "@/components/sets/StartQuizPanel";
import { fetchSet } from "@/lib/sets/use-cases/set-pages";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ setId: string }> }) {
  const set = await fetchSet((await params).setId);
  return set ? { title: `${set.title[await getLang()]} – ${translate(await getLang(), "app.name")}` } : {};
}

export default async function SetPage({ params }: { params: Promise<{ setId: string }> }) {
  const lang = await getLang();
  const set = await fetchSet((await params).setId);
  if (!set) notFound();
  const countryNames = new Intl.DisplayNames([lang === "de" ? "de" : "en"], { type: "region" });
  return (
    <>
      <h1>{set.title[lang]}</h1>
      <p className="muted">
        {set.description[lang]} · {translate(lang, "common.questions", { count: set.questionCount })}
      </p>
      <div className="breakdown">
        <StartQuizPanel setId={set.id} questionCount={set.questionCount} />
        <section aria-labelledby="countries-title">
          <h2 id="countries-title" style={{ marginTop: 0 }}>
            {translate(lang, "set.countries")}
          </h2>
          <SetMap countries={set.countries} />
          <p>
            {set.countries.map((code) => (
              <span key={code} className="tag" style={{ marginRight: "0.3rem" }}>
                {countryNames.of(code)}
              </span>
            ))}
          </p>
        </section>
      </div>
      <ExportPanel setId={set.id} lang={lang} />
    </>
  );
}
