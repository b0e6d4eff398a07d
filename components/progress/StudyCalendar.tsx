"use client";

import { LOCALE } from "@/lib/platform/i18n/lang";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import { daysUpTo } from "@/lib/platform/time/days";

const DAYS = 28;

/** The last four weeks as a strip of squares, filled on days with study; the sentence above says it in words. */
export function StudyCalendar({ days, today }: { days: ReadonlySet<string>; today: string }) {
  const t = useT();
  const { lang } = useLang();
  const strip = daysUpTo(today, DAYS);
  const studied = strip.filter((day) => days.has(day)).length;
  const format = new Intl.DateTimeFormat(LOCALE[lang], { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
  return (
    <div className="study-calendar">
      <p>{t("progress.calendarSummary", { studied, days: DAYS })}</p>
      <ol className="study-strip" aria-hidden="true">
        {strip.map((day) => (
          <li key={day} className={days.has(day) ? "is-studied" : undefined} title={format.format(new Date(`${day}T12:00:00Z`))}>
            {day === today ? "•" : ""}
          </li>
        ))}
      </ol>
    </div>
  );
}
