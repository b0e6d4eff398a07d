"use client";

import Link from "next/link";
import { LOCALE } from "@/lib/platform/i18n/lang";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import type { TLearnQueue } from "@/lib/learn/rules/queue";
import { formatInterval } from "@/lib/learn/rules/rating";
import { NewCardsPerDay } from "./NewCardsPerDay";

const MORE_NEW = 5;

/** The end of a session: what was done, when the next review is, and the way to more new cards. */
export function LearnDone(props: {
  headingId: string;
  queue: TLearnQueue;
  reviewed: number;
  now: number;
  onMoreNew: (count: number) => void;
  onLimitChange: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const { queue, reviewed, now } = props;
  const nextDue = queue.nextDue;
  return (
    <section className="card learn-done" aria-labelledby={props.headingId}>
      <h1 id={props.headingId} tabIndex={-1}>
        {reviewed > 0 ? t("learn.doneTitle") : t("learn.nothingDueTitle")}
      </h1>
      {reviewed > 0 && <p>{t("learn.doneReviewed", { count: reviewed })}</p>}
      <p data-testid="learn-next-due">
        {nextDue
          ? t("learn.nextDue", {
              when: formatInterval(nextDue.getTime() - now, LOCALE[lang]),
              date: new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeStyle: "short" }).format(nextDue),
            })
          : queue.newWaiting > 0
            ? t("learn.nothingScheduled")
            : t("learn.allLearned")}
      </p>
      {queue.newWaiting > 0 && (
        <>
          <p>{t("learn.limitReached", { count: queue.newWaiting })}</p>
          <div className="button-row">
            <button type="button" className="btn btn-primary" onClick={() => props.onMoreNew(MORE_NEW)}>
              {t("learn.moreNew", { count: Math.min(MORE_NEW, queue.newWaiting) })}
            </button>
          </div>
        </>
      )}
      <NewCardsPerDay onChange={props.onLimitChange} />
      <div className="button-row">
        <Link href="/progress" className="btn btn-secondary">
          {t("learn.toProgress")}
        </Link>
        <Link href="/" className="btn btn-ghost">
          {t("results.home")}
        </Link>
      </div>
    </section>
  );
}
