import { describe, expect, it } from "vitest";
import { delaySeconds, FORGET_AFTER_MS, MAX_DELAY_SECONDS, waitMs } from "./wrong-password-delay";

describe("wrong-password delay", () => {
  it("lets typos pass, then doubles, and never exceeds a minute", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((failures) => delaySeconds(failures, 3))).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(delaySeconds(40, 3)).toBe(MAX_DELAY_SECONDS);
  });

  it("counts the wait from the last failure and forgets failures after a quiet quarter hour", () => {
    const last = 1_000_000;
    expect(waitMs({ count: 5, lastAt: last }, 3, last + 1000)).toBe(3000);
    expect(waitMs({ count: 5, lastAt: last }, 3, last + 5000)).toBe(0);
    expect(waitMs({ count: 40, lastAt: last }, 3, last + FORGET_AFTER_MS + 1)).toBe(0);
    expect(waitMs(undefined, 3, last)).toBe(0);
  });
});
