"use client";

import { useEffect, useRef } from "react";
import { Rating, type Grade } from "ts-fsrs";
import { isTyping } from "@/components/quiz/answers/keys";
import { LOCALE } from "@/lib/platform/i18n/lang";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import { formatInterval } from "@/lib/learn/rules/rating";
import * as cardScheduler from "@/lib/progress/store/fsrs-cards";
import { GRADES, previewDue } from "@/lib/progress/store/fsrs-cards";
import { provideCardScheduler } from "@/lib/progress/store/progress-store";
import type { TFsrsCardJson } from "@/lib/progress/store/schema";

// Every page that rates cards shows these buttons, and this module carries the scheduler anyway (for the
// interval previews): hand it to the store now, so a rating never waits for it to load.
provideCardScheduler(cardScheduler);

const LABEL_KEYS = {
  [Rating.Again]: "rate.again",
  [Rating.Hard]: "rate.hard",
  [Rating.Good]: "rate.good",
  [Rating.Easy]: "rate.easy",
} as const;

/** Keys 1–4 rate (Again, Hard, Good, Easy) while `enabled`; typing in a field is left alone. */
export function useRatingKeys(enabled: boolean, onRate: (grade: Grade) => void): void {
  const latest = useRef(onRate);
  useEffect(() => {
    latest.current = onRate;
  }, [onRate]);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target) || !/^[1-4]$/.test(event.key)) return;
      event.preventDefault();
      latest.current(Number(event.key) as Grade);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}

/**
 * Again / Hard / Good / Easy, each with when the card would be due next (ts-fsrs's preview, as in Anki). The
 * suggested rating is marked and has the focus, so Enter takes it.
 */
export function RatingButtons(props: {
  card: TFsrsCardJson | undefined;
  now: number;
  suggested?: Grade;
  onRate: (grade: Grade) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const due = previewDue(props.card, new Date(props.now));
  return (
    <div className="rating" role="group" aria-labelledby="rating-title">
      <p id="rating-title" className="rating-title">
        {t("rate.question")}
      </p>
      <div className="rating-buttons">
        {GRADES.map((grade) => {
          const suggested = grade === props.suggested;
          return (
            <button
              key={grade}
              type="button"
              className={`btn rating-btn rating-${grade}${suggested ? " is-suggested" : ""}`}
              aria-keyshortcuts={String(grade)}
              autoFocus={suggested}
              onClick={() => props.onRate(grade)}
            >
              <span className="rating-label">
                {t(LABEL_KEYS[grade])}
                {suggested && <span className="rating-badge">{t("rate.suggested")}</span>}
              </span>
              <span className="rating-interval">{formatInterval(due[grade].getTime() - props.now, LOCALE[lang])}</span>
              <span className="rating-key" aria-hidden="true">
                {grade}
              </span>
            </button>
          );
        })}
      </div>
      <p className="hint">{props.suggested ? t("rate.keysHintSuggested") : t("rate.keysHint")}</p>
    </div>
  );
}
