"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";

/** How a class scores: speed and accuracy, or accuracy only. */
export function ScoringChoice(props: {
  name: string;
  legend: string;
  value: "speed" | "accuracy";
  onChange: (value: "speed" | "accuracy") => void;
}) {
  const t = useT();
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div className="choice-pills">
        {(["speed", "accuracy"] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name={props.name} checked={props.value === mode} onChange={() => props.onChange(mode)} />
            <span>{t(mode === "speed" ? "groups.scoringSpeed" : "groups.scoringAccuracy")}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
