"use client";

import { useEffect, useState } from "react";
import type { TWorldMap } from "@/lib/map/rules/world-paths";

let loading: Promise<TWorldMap> | undefined;

/** The map shapes, fetched once per page load and shared by every map on it. */
export function useWorldMap(): TWorldMap | undefined {
  const [map, setMap] = useState<TWorldMap>();
  useEffect(() => {
    let live = true;
    loading ??= fetch("/api/map").then((response) => {
      if (!response.ok) throw new Error(`map: ${response.status}`);
      return response.json() as Promise<TWorldMap>;
    });
    loading.then((loaded) => live && setMap(loaded)).catch(() => (loading = undefined));
    return () => {
      live = false;
    };
  }, []);
  return map;
}
