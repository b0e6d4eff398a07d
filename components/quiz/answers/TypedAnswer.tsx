"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TAnswerInputProps } from "./types";

/** Write mode: the name of a person or a country, typed; Enter submits. Graded on the server, typos forgiven. */
export function TypedAnswer({ question, value, onChange, onSubmit, solution }: TAnswerInputProps) {
  const t = useT();
  const id = `typed-${question.id}`;
  const text = typeof value === "string" ? value : "";
  return (
    <form
      className="typed-answer"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onSubmit(text.trim());
      }}
    >
      <label htmlFor={id}>{question.kind === "map" ? t("quiz.typedCountry") : t("quiz.typedLabel")}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        autoCapitalize="words"
        spellCheck={false}
        maxLength={64}
        autoFocus
        readOnly={solution !== undefined}
        value={text}
        onChange={(event) => onChange(event.target.value === "" ? null : event.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {t("quiz.typedHint")}
      </p>
    </form>
  );
}
