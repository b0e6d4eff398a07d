"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TLearnQueue } from "@/lib/learn/rules/queue";

/** What is left in the session, as Anki shows it: new, learning and review cards; and how many were rated. */
export function LearnCounts({ queue, reviewed }: { queue: TLearnQueue; reviewed: number }) {
  const t = useT();
  return (
    <dl className="learn-counts">
      <div className="count-new">
        <dt>{t("learn.countNew")}</dt>
        <dd>{queue.fresh.length}</dd>
      </div>
      <div className="count-learning">
        <dt>{t("learn.countLearning")}</dt>
        <dd>{queue.learningCount}</dd>
      </div>
      <div className="count-review">
        <dt>{t("learn.countReview")}</dt>
        <dd>{queue.reviewCount}</dd>
      </div>
      <div>
        <dt>{t("learn.countDone")}</dt>
        <dd>{reviewed}</dd>
      </div>
    </dl>
  );
}
