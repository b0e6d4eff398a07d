// The endpoints the HTTP server serves itself, ahead of Next.js (lib/platform/server/fast-routes.ts says why):
// the same endpoint functions as their route files beside this one, loaded on first use.
import type { TEndpoint, TFastRoute } from "@/lib/platform/server/fast-routes";

const ID = "([0-9a-f-]{36})";
const QUERY = "(?:\\?.*)?$";

/** Loads an endpoint module once, on first use (the server starts without them). */
function lazy(load: () => Promise<TEndpoint>): () => Promise<TEndpoint> {
  let loaded: Promise<TEndpoint> | undefined;
  return () => (loaded ??= load());
}

export const FAST_ROUTES: TFastRoute[] = [
  // Joining: a class arrives at once, and a Next.js request costs several times the join itself.
  {
    method: "GET",
    pattern: new RegExp(`^/api/games/lookup()${QUERY}`),
    load: lazy(async () => (await import("@/lib/games/endpoints/lookup-game")).lookupGameEndpoint),
  },
  {
    method: "POST",
    pattern: new RegExp(`^/api/games/join()${QUERY}`),
    load: lazy(async () => (await import("@/lib/games/endpoints/join-game")).joinGameEndpoint),
  },
  {
    method: "GET",
    pattern: new RegExp(`^/api/games/${ID}/me${QUERY}`),
    load: lazy(async () => (await import("@/lib/games/endpoints/player-view")).playerViewEndpoint),
  },
  {
    method: "GET",
    pattern: new RegExp(`^/api/games/${ID}/events${QUERY}`),
    load: lazy(async () => (await import("@/lib/games/endpoints/player")).playerEvents),
    stream: true,
  },
  {
    method: "POST",
    pattern: new RegExp(`^/api/games/${ID}/pong${QUERY}`),
    load: lazy(async () => (await import("@/lib/games/endpoints/player")).playerPong),
  },
  {
    method: "POST",
    pattern: new RegExp(`^/api/games/${ID}/answers${QUERY}`),
    load: lazy(async () => (await import("@/lib/games/endpoints/player")).playerAnswer),
  },
  {
    method: "POST",
    pattern: new RegExp(`^/api/attempts/${ID}/answers${QUERY}`),
    load: lazy(async () => (await import("@/lib/attempts/endpoints/answer")).answerEndpoint),
  },
  {
    method: "POST",
    pattern: new RegExp(`^/api/attempts/${ID}/next${QUERY}`),
    load: lazy(async () => (await import("@/lib/attempts/endpoints/next-question")).nextQuestionEndpoint),
  },
  {
    method: "GET",
    pattern: new RegExp(`^/api/leaderboards()${QUERY}`),
    load: lazy(async () => (await import("@/lib/leaderboards/endpoints/leaderboard")).leaderboardEndpoint),
  },
];
