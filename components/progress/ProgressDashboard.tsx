"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useMemo, useState } from "react";
import { CONTEXT_KEY, OTHER_THEME, useFactLabels } from "@/components/learn/useFactLabels";
import type { TFactSummary } from "@/lib/learn/types";
import { LOCALE } from "@/lib/platform/i18n/lang";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import { dueFactIds, masteryOf } from "@/lib/progress/rules/mastery";
import { accuracyByDay, dueForecast, masteryByGroup, studyDays, studyStreak } from "@/lib/progress/rules/stats";
import { useProgress } from "@/lib/progress/store/ProgressProvider";
import { dayOf } from "@/lib/platform/time/days";
import { ProgressTransfer } from "./ProgressTransfer";
import { ResetProgress } from "./ResetProgress";
import { StudyCalendar } from "./StudyCalendar";
import type { TMasteryBar } from "./ProgressCharts";

// recharts is large: only this page loads it, after the page itself.
const ProgressCharts = dynamic(() => import("./ProgressCharts"), { ssr: false, loading: () => <ChartsLoading /> });

function ChartsLoading() {
  const t = useT();
  return <p className="muted">{t("progress.chartsLoading")}</p>;
}

const ACCURACY_DAYS = 30;
const FORECAST_DAYS = 14;

type TDashboardProps = {
  facts: TFactSummary[];
  countryNames: Record<string, string>;
  /** The app's time zone (APP_TIME_ZONE): days on the charts begin where the boards' and the daily quiz's do. */
  timeZone: string;
};

/** The progress page's content: it needs the saved progress, so it waits for it (the server renders the frame). */
export function ProgressDashboard(props: TDashboardProps) {
  const t = useT();
  const hydrated = useProgress((state) => state.hydrated);
  return (
    <>
      {hydrated ? <ProgressView {...props} /> : <p role="status">{t("common.loading")}</p>}
      {hydrated && <ProgressTransfer />}
      {hydrated && <ResetProgress />}
    </>
  );
}

function ProgressView({ facts, countryNames, timeZone }: TDashboardProps) {
  const t = useT();
  const { lang } = useLang();
  const labels = useFactLabels(countryNames);
  const answers = useProgress((state) => state.answers);
  const reviewLog = useProgress((state) => state.reviewLog);
  const cards = useProgress((state) => state.cards);
  // The page shows the state at the moment it opened; numbers do not tick while it is read.
  const [now] = useState(() => new Date());
  const today = dayOf(now, timeZone);

  const stats = useMemo(() => {
    const days = studyDays(answers, reviewLog, timeZone);
    const bars = (groups: (fact: TFactSummary) => string[], name: (key: string) => string): TMasteryBar[] =>
      masteryByGroup(
        facts.map((fact) => ({ id: fact.id, groups: groups(fact) })),
        cards,
      )
        .map((row) => ({ name: name(row.key), percent: row.percent, started: row.started, facts: row.facts }))
        .sort((a, b) => b.percent - a.percent || b.started - a.started || a.name.localeCompare(b.name, lang));
    const dayLabel = new Intl.DateTimeFormat(LOCALE[lang], { day: "numeric", month: "numeric", timeZone: "UTC" });
    const weekdayLabel = new Intl.DateTimeFormat(LOCALE[lang], { weekday: "short", day: "numeric", timeZone: "UTC" });
    const noon = (date: string) => new Date(`${date}T12:00:00Z`);
    return {
      days,
      streak: studyStreak(days, today),
      byCountry: bars((fact) => (fact.countries.length ? fact.countries : [CONTEXT_KEY]), labels.country),
      byTheme: bars((fact) => (fact.themes.length ? fact.themes : [OTHER_THEME]), labels.theme),
      accuracy: accuracyByDay(answers, today, ACCURACY_DAYS, timeZone).map((day) => ({
        ...day,
        label: dayLabel.format(noon(day.date)),
      })),
      forecast: dueForecast(cards, now, FORECAST_DAYS, timeZone).map((day, index) => ({
        ...day,
        label: index === 0 ? t("progress.today") : weekdayLabel.format(noon(day.date)),
      })),
      due: dueFactIds(cards, now).length,
      started: facts.filter((fact) => cards[fact.id] && cards[fact.id]!.reps > 0).length,
      mastery: Math.round(
        masteryOf(
          facts.map((fact) => fact.id),
          cards,
        ) * 100,
      ),
      correct: answers.filter((answer) => answer.correct).length,
    };
  }, [answers, reviewLog, cards, facts, now, today, timeZone, lang, labels.country, labels.theme, t]);

  const empty = answers.length === 0 && Object.keys(cards).length === 0;
  return (
    <>
      <dl className="stats">
        <div className="stat">
          <dt className="label">{t("progress.streak")}</dt>
          <dd className="value" data-testid="streak">
            {stats.streak.current === 1 ? t("progress.streakDay") : t("progress.streakDays", { count: stats.streak.current })}
          </dd>
          <dd className="muted">
            {stats.streak.longest === 1 ? t("progress.longestDay") : t("progress.longest", { count: stats.streak.longest })}
          </dd>
        </div>
        <div className="stat">
          <dt className="label">{t("progress.masteredAll")}</dt>
          <dd className="value">{stats.mastery} %</dd>
          <dd className="muted">{t("progress.startedOf", { started: stats.started, total: facts.length })}</dd>
        </div>
        <div className="stat">
          <dt className="label">{t("home.due")}</dt>
          <dd className="value">{stats.due}</dd>
          <dd>
            <Link href="/learn">{t("home.reviewNow")}</Link>
          </dd>
        </div>
        <div className="stat">
          <dt className="label">{t("progress.answers")}</dt>
          <dd className="value">{answers.length}</dd>
          <dd className="muted">
            {answers.length ? t("progress.answersCorrect", { percent: Math.round((stats.correct / answers.length) * 100) }) : "–"}
          </dd>
        </div>
      </dl>

      {empty ? (
        <div className="card empty-state">
          <p>{t("progress.empty")}</p>
          <div className="button-row">
            <Link href="/" className="btn btn-primary">
              {t("progress.emptyQuiz")}
            </Link>
            <Link href="/learn" className="btn btn-secondary">
              {t("progress.emptyLearn")}
            </Link>
          </div>
        </div>
      ) : (
        <>
          <section aria-labelledby="streak-title">
            <h2 id="streak-title">{t("progress.calendar")}</h2>
            <StudyCalendar days={stats.days} today={today} />
          </section>
          <section aria-labelledby="charts-title">
            <h2 id="charts-title">{t("progress.charts")}</h2>
            <ProgressCharts
              byCountry={stats.byCountry}
              byTheme={stats.byTheme}
              accuracy={stats.accuracy}
              forecast={stats.forecast}
            />
          </section>
        </>
      )}
    </>
  );
}
