"use client";

import { WorldMap } from "@/components/map/WorldMap";
import { useWorldMap } from "@/components/map/useWorldMap";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TAnswerInputProps } from "./types";

/** Find the country: click it on the map (zoom for small ones) or choose it from the list. */
export function MapAnswer({ question, lang, value, onChange, solution }: TAnswerInputProps) {
  const t = useT();
  const map = useWorldMap();
  const chosen = typeof value === "string" ? value : undefined;
  const right = typeof solution === "string" ? solution : undefined;
  const marks: Record<string, "selected" | "right" | "wrong"> = {};
  if (chosen) marks[chosen] = right ? (chosen === right ? "right" : "wrong") : "selected";
  if (right) marks[right] = "right";
  const selectId = `map-${question.id}`;
  const names = map ? [...map.countries].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang)) : [];
  const chosenName = map?.countries.find((country) => country.code === chosen)?.name[lang];

  return (
    <>
      {!right && <p className="hint">{t("quiz.mapHint")}</p>}
      {map ? (
        <WorldMap
          map={map}
          lang={lang}
          label={t("quiz.mapLabel")}
          marks={marks}
          onPick={right ? undefined : (code) => onChange(code)}
          zoomLabels={{ in: t("quiz.zoomIn"), out: t("quiz.zoomOut") }}
        />
      ) : (
        <p className="muted">{t("common.loading")}</p>
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
        <span role="status" aria-live="polite">
          {chosenName ? t("quiz.mapSelected", { country: chosenName }) : ""}
        </span>
      </div>
    </>
  );
}
