"use client";

import Link from "next/link";
import { useNow } from "@/lib/platform/hooks/useNow";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { dueFactIds } from "@/lib/progress/rules/mastery";
import { useProgress } from "@/lib/progress/store/ProgressProvider";

/** How many facts are due for review now, with the way to review them. */
export function DueCard() {
  const t = useT();
  const hydrated = useProgress((state) => state.hydrated);
  const cards = useProgress((state) => state.cards);
  const now = useNow();
  const due = hydrated && now ? dueFactIds(cards, new Date(now)).length : undefined;
  return (
    <section className="card" aria-labelledby="due-title">
      <h2 id="due-title">{t("home.due")}</h2>
      {due === undefined ? (
        <p className="muted">{t("common.loading")}</p>
      ) : due > 0 ? (
        <>
          <p className="stat-inline" data-testid="due-count">
            {t("home.dueCount", { count: due })}
          </p>
          <Link href="/learn" className="btn btn-primary">
            {t("home.reviewNow")}
          </Link>
        </>
      ) : (
        <p data-testid="due-count">{t("home.dueNone")}</p>
      )}
    </section>
  );
}
