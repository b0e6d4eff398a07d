"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TLang } from "@/lib/platform/i18n/lang";
import type { TAnswerFeedback } from "@/lib/answering/types";
import type { TPlayableQuestion } from "@/questions/present";
import { SolutionDetails, useAnswerText } from "./SolutionDetails";

/** After an answer: right or wrong (announced), the points, the right answer, and why, with the source. */
export function Feedback({ feedback, question, lang }: { feedback: TAnswerFeedback; question: TPlayableQuestion; lang: TLang }) {
  const t = useT();
  const answerText = useAnswerText(question, lang);
  const verdict = feedback.correct ? "right" : feedback.closeness > 0 ? "partly" : "wrong";
  return (
    <div className={`feedback is-${verdict}`} role="status" aria-live="polite">
      <p className="feedback-title">
        {feedback.correct ? t("quiz.correct") : verdict === "partly" ? t("quiz.partly") : t("quiz.wrong")}{" "}
        <span>{t("quiz.points", { points: feedback.points })}</span>
        {feedback.bonus > 0 && <span> · {t("quiz.bonus", { bonus: feedback.bonus })}</span>}
      </p>
      {!feedback.correct && (
        <p>
          <strong>{t("quiz.yourAnswer")}:</strong> {answerText(feedback.given)}
        </p>
      )}
      <p>
        <strong>{t("quiz.rightAnswer")}:</strong> {answerText(feedback.solution.answer)}
      </p>
      <SolutionDetails solution={feedback.solution} lang={lang} />
    </div>
  );
}
