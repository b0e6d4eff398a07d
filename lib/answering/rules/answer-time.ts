// The server's clock decides how long an answer took. The client's own measure is believed only within the
// network delay the server can allow for; a claim faster than that is moved back, one slower than what the
// server saw is impossible.

/** Network delay a client's measure may save against the server's, at most. */
export const MAX_NETWORK_ALLOWANCE_MS = 1_500;
/** How much longer than the server saw a client may claim (clock and timer jitter). */
export const MAX_CLIENT_EXCESS_MS = 2_000;
/**
 * Grace after a timed question's end: an answer sent in time but delivered a little late still counts. The
 * same network allowance as above, for self-study, assignments and live games alike.
 */
export const ANSWER_GRACE_MS = MAX_NETWORK_ALLOWANCE_MS;

export type TAnswerTime = { ok: true; timeMs: number } | { ok: false; reason: string };

/**
 * The time an answer took: the client's measure, but no less than what the server saw minus the network
 * allowance (the whole allowance unless the caller knows the client's round trip and allows less).
 */
export function effectiveAnswerTime(
  clientMs: number,
  serverElapsedMs: number,
  allowanceMs: number = MAX_NETWORK_ALLOWANCE_MS,
): TAnswerTime {
  if (!Number.isFinite(clientMs) || clientMs < 0) return { ok: false, reason: "the time must be zero or more milliseconds" };
  if (clientMs > serverElapsedMs + MAX_CLIENT_EXCESS_MS) {
    return { ok: false, reason: `the question was shown ${Math.round(serverElapsedMs)} ms ago, so ${clientMs} ms is impossible` };
  }
  const allowance = Math.min(Math.max(0, allowanceMs), MAX_NETWORK_ALLOWANCE_MS);
  const earliest = Math.max(0, serverElapsedMs - allowance);
  return { ok: true, timeMs: Math.round(Math.min(Math.max(clientMs, earliest), Math.max(0, serverElapsedMs))) };
}
