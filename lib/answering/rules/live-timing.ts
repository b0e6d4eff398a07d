// Live answer times by the server's clock. The server stamps when a question opens and when it wrote the question
// to each player's stream; it measures the player's round trip with a ping on connect. An answer's time is what
// the server saw minus that player's network delay, and the client's own measure is believed within it: a slow
// phone on a slow network is not punished, and a client cannot claim to be faster than its network allows.
import { effectiveAnswerTime, MAX_NETWORK_ALLOWANCE_MS, type TAnswerTime } from "./answer-time";

/** A margin on top of a measured round trip (radio wake-up, jitter). */
export const RTT_MARGIN_MS = 150;

/**
 * How much network delay to allow a player: the measured round trip plus a margin, at most the maximum. Nothing
 * is allowed without a measure: a player who keeps the pong back must not gain the whole allowance by it.
 */
export function networkAllowanceMs(rttMs: number | undefined): number {
  if (rttMs === undefined || !Number.isFinite(rttMs) || rttMs < 0) return 0;
  return Math.min(MAX_NETWORK_ALLOWANCE_MS, Math.round(rttMs) + RTT_MARGIN_MS);
}

/** Smooths round-trip samples (a ping on every reconnect) so one slow sample does not dominate. */
export function smoothRtt(previous: number | undefined, sample: number): number {
  if (previous === undefined) return sample;
  return Math.round(previous * 0.7 + sample * 0.3);
}

export type TLiveTimingInput = {
  /** When the answer reached the server. */
  receivedAt: number;
  /** When the question opened on the server (moved on by pauses). */
  questionStartedAt: number;
  /** How long after the opening the server wrote the question to this player's stream (0 when unknown). */
  deliveryLagMs: number;
  /** The client's own measure from showing the question to the answer; null when it sent none. */
  clientMs: number | null;
  rttMs: number | undefined;
  limitMs: number;
};

/** The time an answer took, by the server's clock with the player's network delay taken off. */
export function liveAnswerTime(input: TLiveTimingInput): TAnswerTime {
  const serverElapsed = Math.max(0, input.receivedAt - input.questionStartedAt - Math.max(0, input.deliveryLagMs));
  const allowance = networkAllowanceMs(input.rttMs);
  const measured =
    input.clientMs === null
      ? { ok: true as const, timeMs: Math.max(0, serverElapsed - Math.min(allowance, input.rttMs ?? 0)) }
      : effectiveAnswerTime(input.clientMs, serverElapsed, allowance);
  if (!measured.ok) return measured;
  return { ok: true, timeMs: Math.min(measured.timeMs, input.limitMs) };
}
