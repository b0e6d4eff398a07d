"use client";

import { WorldMap } from "@/components/map/WorldMap";
import { useWorldMap } from "@/components/map/useWorldMap";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";

/** A small map with the set's countries highlighted. */
export function SetMap({ countries }: { countries: string[] }) {
  const map = useWorldMap();
  const { lang } = useLang();
  const t = useT();
  if (!map) return <div className="map-wrap" style={{ aspectRatio: "960 / 560" }} />;
  return (
    <WorldMap
      map={map}
      lang={lang}
      label={t("set.mapLabel")}
      marks={Object.fromEntries(countries.map((code) => [code, "highlighted" as const]))}
    />
  );
}
