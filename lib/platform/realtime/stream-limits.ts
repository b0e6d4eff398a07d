// Caps on open event streams, counted per app instance. Each stream holds a socket and a place in a room, and
// nothing stopped one player's cookie from opening 1,000 of them, or one address from opening 3,000 leaderboard
// streams in seconds. The caps are generous where a class is behind one address (a school's NAT: 2,000 students
// can share it): a player's game stream is capped per player only; streams anyone may open, per address.
import { apiError } from "@/lib/platform/http/errors";
import { sseResponse, type TSseWriter } from "./sse";

/** A phone, a reloaded tab that has not closed its old stream yet, a second tab. */
export const STREAMS_PER_PLAYER = 5;
/** The host's screens of one game: projector, laptop, a colleague's tablet. */
export const STREAMS_PER_HOST = 10;
/** Streams open to anyone (leaderboards), per client address. */
export const STREAMS_PER_ADDRESS = 300;

export type TStreamClaim = { key: string; cap: number; who: string };

const globalForStreams = globalThis as typeof globalThis & { __quizOpenStreams?: Map<string, number> };

/** Takes a place under every claim, or none and returns the claim that is full. */
function claim(claims: TStreamClaim[]): { release: () => void } | { full: TStreamClaim } {
  const open = (globalForStreams.__quizOpenStreams ??= new Map());
  const full = claims.find((each) => (open.get(each.key) ?? 0) >= each.cap);
  if (full) return { full };
  for (const each of claims) open.set(each.key, (open.get(each.key) ?? 0) + 1);
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      for (const each of claims) {
        const left = (open.get(each.key) ?? 1) - 1;
        if (left > 0) open.set(each.key, left);
        else open.delete(each.key);
      }
    },
  };
}

/** sseResponse, counted against the claims; 429 with a message when one is at its cap. */
export function limitedSseResponse(
  request: Request,
  claims: TStreamClaim[],
  start: (writer: TSseWriter) => (() => void) | void | Promise<(() => void) | void>,
): Response {
  const taken = claim(claims);
  if ("full" in taken) {
    return apiError(
      429,
      "too_many_streams",
      `${taken.full.who} already has ${taken.full.cap} live connections open; close other tabs or windows of this page, then reload`,
      undefined,
      { "Retry-After": "10" },
    );
  }
  return sseResponse(request, async (writer) => {
    try {
      const cleanup = await start(writer);
      return () => {
        cleanup?.();
        taken.release();
      };
    } catch (error) {
      taken.release();
      throw error;
    }
  });
}
