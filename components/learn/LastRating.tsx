"use client";

import { LOCALE } from "@/lib/platform/i18n/lang";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import { formatInterval } from "@/lib/learn/rules/rating";

/** After a rating: which fact it was and when it comes back (announced, then the next card follows). */
export function LastRating({ statement, due, at }: { statement: string; due: string; at: number }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <p className="learn-last" role="status">
      {t("learn.lastRated", { when: formatInterval(Date.parse(due) - at, LOCALE[lang]) })}{" "}
      <span className="muted">{statement}</span>
    </p>
  );
}
