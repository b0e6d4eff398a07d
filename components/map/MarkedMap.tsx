"use client";

import type { TMapCountry } from "@/lib/map/rules/world-paths";
import type { TLang } from "@/lib/platform/i18n/lang";
import { useWorldMap } from "./useWorldMap";
import { WorldMap } from "./WorldMap";

/** How far a map zooms in on the right country once answered when that country is small. */
const SMALL_ANSWER_ZOOM = 3;

/** The view that shows the right country: zoomed in around it when it is small (its marker then stands out), else the whole frame. */
export function answerView(country: TMapCountry | undefined, key: string) {
  return country?.small ? { key, zoom: SMALL_ANSWER_ZOOM, center: country.center } : undefined;
}

/**
 * A map to look at, not to click (the projector, a phone's result): the right country green (with its round
 * marker when small) and countries picked wrongly red; before the answer, just the map.
 */
export function MarkedMap(props: { lang: TLang; label: string; right?: string; wrong?: readonly string[]; viewKey: string }) {
  const map = useWorldMap();
  if (!map) return <div className="map-wrap map-placeholder" aria-hidden="true" />;
  const marks: Record<string, "right" | "wrong"> = {};
  for (const code of props.wrong ?? []) marks[code] = "wrong";
  if (props.right) marks[props.right] = "right";
  const right = map.countries.find((country) => country.code === props.right);
  return (
    <WorldMap
      map={map}
      lang={props.lang}
      label={props.label}
      marks={marks}
      view={answerView(right, `${props.viewKey}:${props.right ?? ""}`)}
    />
  );
}
