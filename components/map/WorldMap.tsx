"use client";

import { useState } from "react";
import type { TWorldMap } from "@/lib/map/rules/world-paths";
import type { TLang } from "@/lib/platform/i18n/lang";

type TMark = "highlighted" | "selected" | "right" | "wrong";
type TView = { zoom: number; center: [number, number] };

const MAX_ZOOM = 8;
const ZOOM_STEP = 1.6;
/** A marker's radius in screen-sized map pixels: it stays a finger's width whatever the zoom. */
const MARKER_RADIUS = 7;
/** A marked one (right, wrong) is larger: on a whole map on a phone or across the room it must still be seen. */
const MARKED_RADIUS = 14;

/**
 * The clickable world map. Countries are drawn from projected paths; `marks` colours some of them, and a
 * country too small to hit (Lebanon, Qatar) also gets a round marker that is clicked like its shape. Zoom by
 * buttons (and pan by dragging when zoomed) so small countries are easy to hit on a phone. `view` moves the map
 * (e.g. to the right answer once a question is answered); a new `view` key replaces the learner's own zoom.
 */
export function WorldMap(props: {
  map: TWorldMap;
  lang: TLang;
  label: string;
  marks?: Record<string, TMark>;
  onPick?: (code: string) => void;
  zoomLabels?: { in: string; out: string };
  /** Where the map starts: zoomed in around a point (e.g. one small country), instead of the whole frame. */
  initialView?: TView;
  /** Where the map should look now; a change (compared by `key`) moves it there. */
  view?: TView & { key: string };
}) {
  const { map, lang, marks = {}, onPick } = props;
  const [own, setOwn] = useState<TView>(props.initialView ?? { zoom: 1, center: [map.width / 2, map.height / 2] });
  const [viewKey, setViewKey] = useState(props.view?.key);
  const [drag, setDrag] = useState<{ x: number; y: number; moved: boolean } | null>(null);
  // Adopt a new requested view during render (React's "adjust state when a prop changes"), not in an effect.
  if (props.view && props.view.key !== viewKey) {
    setViewKey(props.view.key);
    setOwn({ zoom: props.view.zoom, center: props.view.center });
  }
  const { zoom, center } = own;
  const width = map.width / zoom;
  const height = map.height / zoom;
  const clamp = (value: number, size: number, full: number) => Math.min(full - size / 2, Math.max(size / 2, value));
  const cx = clamp(center[0], width, map.width);
  const cy = clamp(center[1], height, map.height);
  const viewBox = `${cx - width / 2} ${cy - height / 2} ${width} ${height}`;
  const pick = (code: string) => (onPick && !drag?.moved ? () => onPick(code) : undefined);
  const small = map.countries.filter((country) => country.small);

  return (
    <div className={`map-wrap${onPick ? "" : " map-static"}`}>
      <svg
        viewBox={viewBox}
        role={onPick ? "group" : "img"}
        aria-label={props.label}
        onPointerDown={(event) => zoom > 1 && setDrag({ x: event.clientX, y: event.clientY, moved: false })}
        onPointerMove={(event) => {
          if (!drag) return;
          const rect = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
          const dx = ((event.clientX - drag.x) / rect.width) * width;
          const dy = ((event.clientY - drag.y) / rect.height) * height;
          if (Math.abs(dx) + Math.abs(dy) < 2) return;
          setOwn({ zoom, center: [cx - dx, cy - dy] });
          setDrag({ x: event.clientX, y: event.clientY, moved: true });
        }}
        onPointerUp={() => setTimeout(() => setDrag(null), 0)}
        onPointerLeave={() => setDrag(null)}
      >
        {map.countries.map((country) => {
          const mark = marks[country.code];
          return (
            <path
              key={country.code}
              d={country.d}
              className={`map-country${mark ? ` is-${mark}` : ""}`}
              data-code={country.code}
              onClick={pick(country.code)}
            >
              <title>{country.name[lang]}</title>
            </path>
          );
        })}
        {small.map((country) => {
          const mark = marks[country.code];
          return (
            <circle
              key={country.code}
              cx={country.center[0]}
              cy={country.center[1]}
              r={(mark === "right" || mark === "wrong" ? MARKED_RADIUS : MARKER_RADIUS) / zoom}
              className={`map-marker${mark ? ` is-${mark}` : ""}`}
              data-code={country.code}
              onClick={pick(country.code)}
            >
              <title>{country.name[lang]}</title>
            </circle>
          );
        })}
      </svg>
      {props.zoomLabels && (
        <div className="map-controls">
          <button
            type="button"
            className="icon-btn"
            aria-label={props.zoomLabels.in}
            disabled={zoom >= MAX_ZOOM}
            onClick={() => setOwn({ zoom: Math.min(MAX_ZOOM, zoom * ZOOM_STEP), center: [cx, cy] })}
          >
            +
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label={props.zoomLabels.out}
            disabled={zoom <= 1}
            onClick={() => setOwn({ zoom: Math.max(1, zoom / ZOOM_STEP), center: [cx, cy] })}
          >
            −
          </button>
        </div>
      )}
    </div>
  );
}
