"use client";

import { useEffect, useRef } from "react";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TLang } from "@/lib/platform/i18n/lang";
import type { TAnswerFeedback } from "@/lib/answering/types";
import type { TPlayableQuestion } from "@/questions/present";
import { AnswerWords, SolutionDetails } from "./SolutionDetails";

/**
 * After an answer: right or wrong (announced), the points, the right answer, and why, with the source. With
 * `focusOnShow` the verdict takes the focus and is scrolled to the top of the view: on a phone, the long answer
 * of a multiple-select or matching question would otherwise leave it far above the screen.
 */
export function Feedback({
  feedback,
  question,
  lang,
  focusOnShow = false,
}: {
  feedback: TAnswerFeedback;
  question: TPlayableQuestion;
  lang: TLang;
  focusOnShow?: boolean;
}) {
  const t = useT();
  const title = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!focusOnShow || !title.current) return;
    title.current.focus({ preventScroll: true });
    // Scrolled only when it is not wholly in view (on a laptop it usually is: nothing jumps).
    const { top, bottom } = title.current.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) title.current.scrollIntoView({ block: "start", behavior: "instant" });
  }, [focusOnShow]);
  const verdict = feedback.correct ? "right" : feedback.closeness > 0 ? "partly" : "wrong";
  return (
    <div className={`feedback is-${verdict}`} role="status" aria-live="polite">
      <p className="feedback-title" ref={title} tabIndex={focusOnShow ? -1 : undefined}>
        {feedback.correct ? t("quiz.correct") : verdict === "partly" ? t("quiz.partly") : t("quiz.wrong")}{" "}
        <span>{t("quiz.points", { points: feedback.points })}</span>
        {feedback.bonus > 0 && <span> · {t("quiz.bonus", { bonus: feedback.bonus })}</span>}
      </p>
      {/* Blocks, not paragraphs: an order or a set of pairs comes as a list. */}
      {!feedback.correct && (
        <div className="feedback-answer">
          <strong>{t("quiz.yourAnswer")}:</strong>{" "}
          {feedback.written ? (
            (feedback.given ?? "–").toString()
          ) : (
            <AnswerWords question={question} lang={lang} answer={feedback.given} />
          )}
        </div>
      )}
      <div className="feedback-answer">
        <strong>{t("quiz.rightAnswer")}:</strong>{" "}
        {feedback.written ? (
          feedback.written[lang]
        ) : (
          <AnswerWords question={question} lang={lang} answer={feedback.solution.answer} />
        )}
      </div>
      <SolutionDetails solution={feedback.solution} lang={lang} />
    </div>
  );
}
