import { describe, expect, it } from "vitest";
import { effectiveAnswerTime } from "./answer-time";

describe("effectiveAnswerTime", () => {
  it("believes the client within the network allowance", () => {
    expect(effectiveAnswerTime(4_200, 4_500)).toEqual({ ok: true, timeMs: 4_200 });
  });
  it("moves a claim faster than the server could have seen back to the allowance", () => {
    expect(effectiveAnswerTime(10, 9_000)).toEqual({ ok: true, timeMs: 7_500 });
  });
  it("caps a slightly slower claim at what the server saw", () => {
    expect(effectiveAnswerTime(5_500, 5_000)).toEqual({ ok: true, timeMs: 5_000 });
  });
  it("refuses an impossible time", () => {
    expect(effectiveAnswerTime(60_000, 3_000)).toMatchObject({ ok: false, reason: expect.stringMatching(/impossible/) });
    expect(effectiveAnswerTime(-1, 3_000)).toMatchObject({ ok: false });
  });
});

describe("effectiveAnswerTime with a measured allowance", () => {
  it("allows a client with a short round trip only that much", () => {
    expect(effectiveAnswerTime(10, 2_000, 300)).toEqual({ ok: true, timeMs: 1_700 });
  });
  it("never allows more than the maximum, whatever is asked", () => {
    expect(effectiveAnswerTime(0, 9_000, 60_000)).toEqual({ ok: true, timeMs: 7_500 });
  });
});
