import { ProgressDashboard } from "@/components/progress/ProgressDashboard";
import { fetchFactSummaries } from "@/lib/learn/use-cases/learn-data";
import { countryNames } from "@/lib/platform/i18n/country-names";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { appConfig } from "@/lib/platform/config/app";
import "@/app/(learner)/learn.css";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const lang = await getLang();
  return { title: `${translate(lang, "nav.progress")} – ${translate(lang, "app.name")}` };
}

/** The learner's progress (kept in this browser): mastery, accuracy, streak, what comes due; export and import. */
export default async function ProgressPage() {
  const [lang, facts] = await Promise.all([getLang(), fetchFactSummaries()]);
  return (
    <div className="progress-page">
      <h1>{translate(lang, "nav.progress")}</h1>
      <p className="muted">{translate(lang, "progress.intro")}</p>
      <ProgressDashboard
        facts={facts}
        timeZone={appConfig().timeZone}
        countryNames={countryNames(
          facts.flatMap((fact) => fact.countries),
          lang,
        )}
      />
    </div>
  );
}
