"use client";

import dynamic from "next/dynamic";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { ChoiceAnswer } from "@/components/quiz/answers/ChoiceAnswer";
import { NumericAnswer } from "@/components/quiz/answers/NumericAnswer";
import { TypedAnswer } from "@/components/quiz/answers/TypedAnswer";
import type { TAnswerInputProps } from "@/components/quiz/answers/types";

// Drag-and-drop and the map load only when a question needs them, keeping the runner's first load small.
const OrderingAnswer = dynamic(() => import("@/components/quiz/answers/OrderingAnswer").then((m) => m.OrderingAnswer));
const MatchingAnswer = dynamic(() => import("@/components/quiz/answers/MatchingAnswer").then((m) => m.MatchingAnswer));
const MapAnswer = dynamic(() => import("@/components/quiz/answers/MapAnswer").then((m) => m.MapAnswer));

/** A question's prompt and the input its kind needs; in write mode a text field for the name. */
export function QuestionView(props: TAnswerInputProps & { headingId?: string; typed?: boolean }) {
  const t = useT();
  const { question, lang, typed = false } = props;
  return (
    <section aria-labelledby={props.headingId ?? `prompt-${question.id}`}>
      <p className="question-kind">{typed ? t("kind.typed") : t(`kind.${question.kind}`)}</p>
      <h1 id={props.headingId ?? `prompt-${question.id}`} className="question-prompt" tabIndex={-1}>
        {question.prompt[lang]}
      </h1>
      {/* When the facts stand: a student sees before answering what "today" the question means. */}
      <p className="question-asof">{question.asOfLabel[lang]}</p>
      {typed ? (
        <TypedAnswer {...props} />
      ) : (
        <>
          {(question.kind === "single" || question.kind === "multi" || question.kind === "truefalse") && (
            <ChoiceAnswer {...props} />
          )}
          {question.kind === "numeric" && <NumericAnswer {...props} />}
          {question.kind === "ordering" && <OrderingAnswer {...props} />}
          {question.kind === "matching" && <MatchingAnswer {...props} />}
          {question.kind === "map" && <MapAnswer {...props} />}
        </>
      )}
    </section>
  );
}
