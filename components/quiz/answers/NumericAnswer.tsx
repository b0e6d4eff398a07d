"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TAnswerInputProps } from "./types";

/** An estimate: a number in the question's unit; Enter submits. */
export function NumericAnswer({ question, lang, value, onChange, onSubmit, solution }: TAnswerInputProps) {
  const t = useT();
  const id = `estimate-${question.id}`;
  return (
    <form
      className="numeric-answer"
      onSubmit={(event) => {
        event.preventDefault();
        if (typeof value === "number") onSubmit(value);
      }}
    >
      <label htmlFor={id}>{t("quiz.numericLabel")}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        autoComplete="off"
        autoFocus
        readOnly={solution !== undefined}
        value={typeof value === "number" ? value : ""}
        onChange={(event) => onChange(event.target.value === "" ? null : Number(event.target.value))}
        aria-describedby={`${id}-hint`}
      />
      <span className="unit">{question.unit?.[lang]}</span>
      <p id={`${id}-hint`} className="hint" style={{ flexBasis: "100%" }}>
        {t("quiz.numericHint")}
      </p>
    </form>
  );
}
