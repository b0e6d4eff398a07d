"use client";

import { SolutionDetails, useAnswerText } from "@/components/quiz/SolutionDetails";
import type { TLang } from "@/lib/platform/i18n/lang";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TMessageKey } from "@/lib/platform/i18n/messages";
import type { TLearnBack } from "@/lib/learn/rules/fact-deck";
import type { TPlayableQuestion } from "@/questions/present";
import type { TGrade } from "@/lib/scoring/rules/grade";
import type { TAnswerValue } from "@/lib/scoring/types";

export type TVerdict = "right" | "partly" | "wrong" | "unknown";

export function verdictOf(grade: TGrade | null): TVerdict {
  if (!grade) return "unknown";
  return grade.correct ? "right" : grade.closeness > 0 ? "partly" : "wrong";
}

export const VERDICT_KEYS: Record<TVerdict, TMessageKey> = {
  right: "quiz.correct",
  partly: "quiz.partly",
  wrong: "quiz.wrong",
  unknown: "learn.unknownVerdict",
};

/** After a learn answer: right or wrong, the learner's and the right answer, and why, with the source. */
export function LearnFeedback({
  question,
  back,
  given,
  grade,
  lang,
}: {
  question: TPlayableQuestion;
  back: TLearnBack & { solution: NonNullable<TLearnBack["solution"]> };
  given: TAnswerValue | null;
  grade: TGrade | null;
  lang: TLang;
}) {
  const t = useT();
  const answerText = useAnswerText(question, lang);
  const verdict = verdictOf(grade);
  return (
    <div className={`feedback is-${verdict === "unknown" ? "wrong" : verdict}`}>
      <p className="feedback-title">{t(VERDICT_KEYS[verdict])}</p>
      {verdict !== "right" && given !== null && (
        <p>
          <strong>{t("quiz.yourAnswer")}:</strong> {answerText(given)}
        </p>
      )}
      <p>
        <strong>{t("quiz.rightAnswer")}:</strong> {answerText(back.solution.answer)}
      </p>
      <SolutionDetails solution={back.solution} lang={lang} />
    </div>
  );
}
