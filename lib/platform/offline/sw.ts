/// <reference lib="webworker" />
// The service worker, bundled by `serwist build` (serwist.config.js) after `next build` into public/sw.js.
// It precaches the build's static files (scripts, styles), and keeps at run time what offline-routes.ts names:
// the self-study pages as last loaded, the map, and the card backs the learner has read. Everything else goes to
// the network as without a worker; a page never opened online shows the offline page.
import { ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, StaleWhileRevalidate, type PrecacheEntry } from "serwist";
import { isCardBack, isStudyPage, isWorldMap, OFFLINE_PAGE } from "@/lib/platform/offline/offline-routes";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

// Next.js answers pages with `Vary: RSC, Next-Router-State-Tree, …`; a page is kept by its URL alone.
const BY_URL = { ignoreVary: true };
// A slow network is no network: after this long the kept copy is shown.
const NETWORK_TIMEOUT_SECONDS = 4;

/** Fresh from the network when there is one, else the copy kept last time (at most `maxEntries` kept). */
const networkFirst = (cacheName: string, maxEntries: number) =>
  new NetworkFirst({
    cacheName,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    matchOptions: BY_URL,
    plugins: [new ExpirationPlugin({ maxEntries })],
  });

const serwist = new Serwist({
  precacheEntries: [...(self.__SW_MANIFEST ?? []), { url: OFFLINE_PAGE, revision: crypto.randomUUID() }],
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // A client-side navigation's data (React Server Components payload) is not kept: offline, Next.js falls
      // back to loading the page itself, which is.
      matcher: ({ request }) => request.headers.get("RSC") === "1",
      handler: new NetworkOnly(),
    },
    {
      matcher: ({ url, sameOrigin, request }) => sameOrigin && request.method === "GET" && isCardBack(url.pathname),
      handler: networkFirst("card-backs", 2000),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && isWorldMap(url.pathname),
      handler: new StaleWhileRevalidate({ cacheName: "world-map", matchOptions: BY_URL }),
    },
    {
      matcher: ({ url, sameOrigin, request }) => sameOrigin && request.method === "GET" && isStudyPage(url.pathname),
      handler: networkFirst("study-pages", 200),
    },
    {
      // Any other page goes to the network; without one, the offline page answers (the fallback below applies to
      // the routes here only, so a page the worker passed through untouched would get the browser's error).
      matcher: ({ request }) => request.mode === "navigate",
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
