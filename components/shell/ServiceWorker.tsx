"use client";

import { useEffect } from "react";
import { urlsToKeep } from "@/lib/platform/offline/offline-routes";

/**
 * Registers the service worker (production builds only: `next build` is followed by `serwist build`, which
 * writes /sw.js). A first visit is loaded before the worker controls the page, so once it is active it is told
 * what this page already loaded that should work offline (the page, the map, the card backs read).
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let live = true;
    // A page the worker served already went through it; only a page loaded without it needs the catch-up.
    const servedByWorker = Boolean(navigator.serviceWorker.controller);
    const keepLoaded = (worker: ServiceWorker | null | undefined) => {
      const loaded = performance.getEntriesByType("resource").map((entry) => entry.name);
      const urls = urlsToKeep(window.location.href, loaded);
      if (worker && urls.length) worker.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: urls } });
    };
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (live && !servedByWorker) keepLoaded(registration.active);
      })
      .catch(() => undefined); // no worker (private mode, plain HTTP on the LAN): the app works online as before
    return () => {
      live = false;
    };
  }, []);
  return null;
}
