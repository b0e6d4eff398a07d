import { describe, expect, it } from "vitest";
import { MAX_NETWORK_ALLOWANCE_MS } from "./answer-time";
import { liveAnswerTime, networkAllowanceMs, RTT_MARGIN_MS, smoothRtt } from "./live-timing";

const base = { questionStartedAt: 10_000, deliveryLagMs: 0, rttMs: undefined, limitMs: 20_000 };

describe("networkAllowanceMs", () => {
  it("allows the measured round trip plus a margin", () => {
    expect(networkAllowanceMs(80)).toBe(80 + RTT_MARGIN_MS);
  });
  it("allows nothing when nothing was measured, and never more than the maximum", () => {
    expect(networkAllowanceMs(undefined)).toBe(0);
    expect(networkAllowanceMs(Number.NaN)).toBe(0);
    expect(networkAllowanceMs(9_000)).toBe(MAX_NETWORK_ALLOWANCE_MS);
  });

  it("gives a player who never answers the ping no head start over one who does", () => {
    // Both answer 3 s after the opening and claim 1 s; the honest one measured a 100 ms round trip.
    const silent = liveAnswerTime({ ...base, receivedAt: 13_000, clientMs: 1_000, rttMs: undefined });
    const honest = liveAnswerTime({ ...base, receivedAt: 13_000, clientMs: 1_000, rttMs: 100 });
    expect(silent).toEqual({ ok: true, timeMs: 3_000 });
    expect(honest).toEqual({ ok: true, timeMs: 2_750 });
  });
});

describe("liveAnswerTime", () => {
  it("believes a slow phone's own measure when its network explains the difference", () => {
    // The server saw 3 s; the phone's round trip is 900 ms and it says the player took 2.2 s.
    expect(liveAnswerTime({ ...base, receivedAt: 13_000, clientMs: 2_200, rttMs: 900 })).toEqual({ ok: true, timeMs: 2_200 });
  });

  it("does not believe a fast network's client that claims more delay than it has", () => {
    // Round trip 50 ms: at most 200 ms may be taken off the 3 s the server saw.
    expect(liveAnswerTime({ ...base, receivedAt: 13_000, clientMs: 500, rttMs: 50 })).toEqual({ ok: true, timeMs: 2_800 });
  });

  it("measures from when this player's stream got the question, not from the opening", () => {
    // The fan-out reached this player 400 ms after the opening.
    expect(liveAnswerTime({ ...base, receivedAt: 13_000, deliveryLagMs: 400, clientMs: null, rttMs: 100 })).toEqual({
      ok: true,
      timeMs: 2_500,
    });
  });

  it("compensates the round trip when the client sent no measure", () => {
    expect(liveAnswerTime({ ...base, receivedAt: 12_000, clientMs: null, rttMs: 300 })).toEqual({ ok: true, timeMs: 1_700 });
  });

  it("never counts more than the time limit", () => {
    expect(liveAnswerTime({ ...base, receivedAt: 31_000, clientMs: 21_000, rttMs: 100 })).toEqual({ ok: true, timeMs: 20_000 });
  });

  it("refuses a client measure the server's clock makes impossible", () => {
    expect(liveAnswerTime({ ...base, receivedAt: 11_000, clientMs: 9_000, rttMs: 100 })).toMatchObject({ ok: false });
  });
});

describe("smoothRtt", () => {
  it("takes the first sample and then moves towards new ones", () => {
    expect(smoothRtt(undefined, 200)).toBe(200);
    expect(smoothRtt(200, 1_200)).toBe(500);
  });
});
