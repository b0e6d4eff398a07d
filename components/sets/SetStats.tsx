"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";
import { masteryOf } from "@/lib/progress/rules/mastery";
import { useProgress } from "@/lib/progress/store/ProgressProvider";

/** The learner's best score and mastery for a set (empty until saved progress is read). */
export function SetStats({ setId, factIds }: { setId: string; factIds: string[] }) {
  const t = useT();
  const hydrated = useProgress((state) => state.hydrated);
  const best = useProgress((state) => Math.max(-1, ...state.attempts.filter((a) => a.setId === setId).map((a) => a.score)));
  const mastery = useProgress((state) => Math.round(masteryOf(factIds, state.cards) * 100));
  if (!hydrated) return <span className="muted">&nbsp;</span>;
  return (
    <>
      <span>{best >= 0 ? t("home.best", { score: best }) : t("home.notPlayed")}</span>
      <span>{t("home.mastery", { percent: mastery })}</span>
      <span className="meter" aria-hidden="true" style={{ flexBasis: "100%" }}>
        <span style={{ width: `${mastery}%` }} />
      </span>
    </>
  );
}
