"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";
import { SHAPES, type TAnswerInputProps } from "./types";

/**
 * Single choice, true/false and multiple select as big coloured buttons, each with a shape (never colour
 * alone) and its number key. Single choice submits on click; multiple select toggles and is confirmed.
 */
export function ChoiceAnswer({ question, lang, value, onChange, onSubmit, solution }: TAnswerInputProps) {
  const t = useT();
  const multi = question.kind === "multi";
  const chosen = new Set(multi ? ((value as string[] | null) ?? []) : value ? [value as string] : []);
  const right =
    solution === undefined ? undefined : new Set(Array.isArray(solution) ? (solution as string[]) : [solution as string]);
  const locked = solution !== undefined;

  const pick = (id: string) => {
    if (locked) return;
    if (multi) {
      const next = new Set(chosen);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      onChange([...next]);
    } else {
      onChange(id);
      onSubmit(id);
    }
  };

  return (
    <>
      {multi && !locked && <p className="hint">{t("quiz.multiHint")}</p>}
      <div className="answer-grid" role={multi ? "group" : "radiogroup"} aria-label={question.prompt[lang]}>
        {question.options.map((option, index) => {
          const isChosen = chosen.has(option.id);
          const isRight = right?.has(option.id);
          const state = right ? (isRight ? " is-right" : isChosen ? " is-wrong" : " is-dimmed") : "";
          const text = question.kind === "truefalse" ? t(option.id === "true" ? "quiz.true" : "quiz.false") : option.text[lang];
          return (
            <button
              key={option.id}
              type="button"
              className={`answer answer-${(index % 6) + 1}${state}`}
              role={multi ? undefined : "radio"}
              aria-checked={multi ? undefined : isChosen}
              aria-pressed={multi ? isChosen : undefined}
              aria-disabled={locked || undefined}
              data-option-id={option.id}
              onClick={() => pick(option.id)}
            >
              <span className="shape" aria-hidden="true">
                {SHAPES[index % SHAPES.length]}
              </span>
              <span>{text}</span>
              {right ? (
                <span className="mark" aria-hidden="true">
                  {isRight ? "✓" : isChosen ? "✗" : ""}
                </span>
              ) : (
                index < 9 && (
                  <span className="key" aria-hidden="true">
                    {index + 1}
                  </span>
                )
              )}
            </button>
          );
        })}
      </div>
    </>
  );
}
