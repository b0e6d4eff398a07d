"use client";

import { answerView } from "@/components/map/MarkedMap";
import { WorldMap } from "@/components/map/WorldMap";
import { useWorldMap } from "@/components/map/useWorldMap";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TAnswerInputProps } from "./types";

/**
 * Find the country, as on Seterra: a click or tap on it (or on its marker, for a small one) is the answer. It
 * is held with "Bestätigen" and "Rückgängig" beside the map before it counts, as a choice from the list is
 * (the keyboard's path). Once answered the right country is coloured and, when small, zoomed to.
 */
export function MapAnswer({ question, lang, value, onChange, onSubmit, solution }: TAnswerInputProps) {
  const t = useT();
  const map = useWorldMap();
  const chosen = typeof value === "string" ? value : undefined;
  const right = typeof solution === "string" ? solution : undefined;
  const marks: Record<string, "selected" | "right" | "wrong"> = {};
  if (chosen) marks[chosen] = right ? (chosen === right ? "right" : "wrong") : "selected";
  if (right) marks[right] = "right";
  const selectId = `map-${question.id}`;
  const names = map ? [...map.countries].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang)) : [];
  const nameOf = (code: string | undefined) => map?.countries.find((country) => country.code === code)?.name[lang];
  const chosenName = nameOf(chosen);
  const rightCountry = right ? map?.countries.find((country) => country.code === right) : undefined;

  return (
    <div className="map-answer">
      {!right && <p className="hint">{t("quiz.mapHint")}</p>}
      {map ? (
        <WorldMap
          map={map}
          lang={lang}
          label={t("quiz.mapLabel")}
          marks={marks}
          onPick={right ? undefined : (code) => onChange(code)}
          zoomLabels={{ in: t("quiz.zoomIn"), out: t("quiz.zoomOut") }}
          view={answerView(rightCountry, `answer-${question.id}`)}
        />
      ) : (
        <p className="muted">{t("common.loading")}</p>
      )}
      {!right && (
        <div className="map-confirm">
          <span role="status" aria-live="polite">
            {chosenName ? t("quiz.mapSelected", { country: chosenName }) : ""}
          </span>
          {chosen && (
            <>
              <button type="button" className="btn btn-primary" onClick={() => onSubmit(chosen)}>
                {t("quiz.mapConfirm")}
              </button>
              <button type="button" className="btn btn-ghost" onClick={() => onChange(null)}>
                {t("quiz.mapUndo")}
              </button>
            </>
          )}
        </div>
      )}
      {right && (
        <p className="map-solution">
          <span className="map-swatch is-right" aria-hidden="true" /> {t("quiz.mapRight", { country: nameOf(right) ?? right })}
        </p>
      )}
      <div className="map-pick">
        <label htmlFor={selectId}>{t("quiz.mapSelect")}</label>
        <select
          id={selectId}
          value={chosen ?? ""}
          disabled={Boolean(right)}
          onChange={(event) => onChange(event.target.value || null)}
        >
          <option value="">{t("quiz.matchChoose")}</option>
          {names.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name[lang]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
