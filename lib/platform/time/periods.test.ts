import { describe, expect, it } from "vitest";
import { isoWeek, localDate, periodKey, periodKeys } from "./periods";

describe("periods", () => {
  it("takes the calendar date in the school's time zone", () => {
    expect(localDate(new Date("2026-11-21T23:30:00Z"), "Europe/Berlin")).toBe("2026-11-22");
    expect(localDate(new Date("2026-11-21T23:30:00Z"), "UTC")).toBe("2026-11-21");
  });

  it("numbers ISO weeks, including those that cross a year", () => {
    expect(isoWeek("2026-11-21")).toBe("2026-W47");
    expect(isoWeek("2026-01-01")).toBe("2026-W01");
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
  });

  it("gives the three board keys of an instant", () => {
    expect(periodKeys(new Date("2026-11-21T10:00:00Z"), "Europe/Berlin")).toEqual({
      all: "all",
      week: "w2026-W47",
      day: "d2026-11-21",
    });
  });

  it("gives one period's key, the same as among the three", () => {
    const at = new Date("2026-11-22T23:30:00Z"); // already Monday in Berlin
    for (const period of ["all", "week", "day"] as const)
      expect(periodKey(period, at, "Europe/Berlin")).toBe(periodKeys(at, "Europe/Berlin")[period]);
    expect(periodKey("day", at, "Europe/Berlin")).toBe("d2026-11-23");
  });
});
