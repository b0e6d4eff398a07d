// The map the quiz shows: Natural Earth country shapes (world-atlas, 1:110m) projected with d3-geo to SVG
// paths, framed around the allies from West Africa to East Asia. Computed once per process.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json" with { type: "json" };
import { alpha2OfNumericId } from "@/questions/map-codes";
import type { TLocalized } from "@/questions/schema";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 560;

/**
 * `small`: too small to hit with a finger on the whole map (Natural Earth's 1:110m Lebanon is a few pixels), so
 * the map draws a marker on it that is clicked like the shape.
 */
export type TMapCountry = { code: string; name: TLocalized; d: string; center: [number, number]; small?: true };

/** A country whose bounding box is under this many map pixels each way, or this thin, gets a marker. */
const SMALL_COUNTRY_SIZE = 16;
const THIN_COUNTRY_SIZE = 8;
export type TWorldMap = { width: number; height: number; countries: TMapCountry[] };

// Frames every ally (Burkina Faso in the west to North Korea in the east) with Russia above.
const FRAME_CODES = ["BF", "SY", "IR", "IN", "MY", "VN", "CN", "KP", "KZ", "BY", "RU", "UA"];

let cached: TWorldMap | undefined;

export function worldMap(): TWorldMap {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name?: string }>;
  const withCode = collection.features
    .map((shape) => ({ shape, code: shape.id ? alpha2OfNumericId(String(shape.id)) : undefined }))
    .filter((entry): entry is { shape: Feature<Geometry, { name?: string }>; code: string } => Boolean(entry.code));

  const frame: FeatureCollection = {
    type: "FeatureCollection",
    features: withCode.filter(({ code }) => FRAME_CODES.includes(code) && code !== "RU").map(({ shape }) => shape),
  };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [10, 40],
      [MAP_WIDTH - 10, MAP_HEIGHT - 10],
    ],
    frame,
  );
  const path = geoPath(projection).digits(1);
  // Short, everyday names ("Syrien", not "Syrien, Arabische Republik").
  const names = { de: new Intl.DisplayNames(["de"], { type: "region" }), en: new Intl.DisplayNames(["en"], { type: "region" }) };
  const mapped: TMapCountry[] = [];
  for (const { shape, code } of withCode) {
    const [[x0, y0], [x1, y1]] = path.bounds(shape);
    if (x1 < 0 || y1 < 0 || x0 > MAP_WIDTH || y0 > MAP_HEIGHT) continue;
    const d = path(shape);
    if (!d) continue;
    const [cx, cy] = path.centroid(shape);
    mapped.push({
      code,
      name: { de: names.de.of(code) ?? code, en: names.en.of(code) ?? code },
      d,
      center: [Math.round(cx), Math.round(cy)],
      ...(Math.max(x1 - x0, y1 - y0) < SMALL_COUNTRY_SIZE || Math.min(x1 - x0, y1 - y0) < THIN_COUNTRY_SIZE
        ? { small: true as const }
        : {}),
    });
  }
  cached = { width: MAP_WIDTH, height: MAP_HEIGHT, countries: mapped.sort((a, b) => a.code.localeCompare(b.code)) };
  return cached;
}
