"use client";

import { useState } from "react";
import type { TWorldMap } from "@/lib/map/rules/world-paths";
import type { TLang } from "@/lib/platform/i18n/lang";

type TMark = "highlighted" | "selected" | "right" | "wrong";

/**
 * The clickable world map. Countries are drawn from projected paths; `marks` colours some of them. Zoom by
 * buttons (and pan by dragging when zoomed) so small countries are easy to hit on a phone.
 */
export function WorldMap(props: {
  map: TWorldMap;
  lang: TLang;
  label: string;
  marks?: Record<string, TMark>;
  onPick?: (code: string) => void;
  zoomLabels?: { in: string; out: string };
  /** Where the map starts: zoomed in around a point (e.g. one small country), instead of the whole frame. */
  initialView?: { zoom: number; center: [number, number] };
}) {
  const { map, lang, marks = {}, onPick } = props;
  const [zoom, setZoom] = useState(props.initialView?.zoom ?? 1);
  const [center, setCenter] = useState<[number, number]>(props.initialView?.center ?? [map.width / 2, map.height / 2]);
  const [drag, setDrag] = useState<{ x: number; y: number; moved: boolean } | null>(null);
  const width = map.width / zoom;
  const height = map.height / zoom;
  const clamp = (value: number, size: number, full: number) => Math.min(full - size / 2, Math.max(size / 2, value));
  const cx = clamp(center[0], width, map.width);
  const cy = clamp(center[1], height, map.height);
  const viewBox = `${cx - width / 2} ${cy - height / 2} ${width} ${height}`;

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
          setCenter([cx - dx, cy - dy]);
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
              onClick={onPick && !drag?.moved ? () => onPick(country.code) : undefined}
            >
              <title>{country.name[lang]}</title>
            </path>
          );
        })}
      </svg>
      {props.zoomLabels && (
        <div className="map-controls">
          <button
            type="button"
            className="icon-btn"
            aria-label={props.zoomLabels.in}
            onClick={() => setZoom((z) => Math.min(6, z * 1.6))}
          >
            +
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label={props.zoomLabels.out}
            disabled={zoom <= 1}
            onClick={() => setZoom((z) => Math.max(1, z / 1.6))}
          >
            −
          </button>
        </div>
      )}
    </div>
  );
}
