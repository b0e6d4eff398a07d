import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { describeInterval, formatInterval, suggestedRating } from "./rating";

describe("the suggested rating", () => {
  it("is Good when right, Hard when more than half right, Again otherwise or without an answer", () => {
    expect(suggestedRating({ correct: true, closeness: 1 })).toBe(Rating.Good);
    expect(suggestedRating({ correct: false, closeness: 0.7 })).toBe(Rating.Hard);
    expect(suggestedRating({ correct: false, closeness: 0.2 })).toBe(Rating.Again);
    expect(suggestedRating(null)).toBe(Rating.Again);
  });
});

describe("intervals on the rating buttons", () => {
  const minute = 60_000;
  const day = 24 * 60 * minute;
  it("uses the largest readable unit", () => {
    expect(describeInterval(20_000)).toEqual({ value: 1, unit: "minute" });
    expect(describeInterval(10 * minute)).toEqual({ value: 10, unit: "minute" });
    expect(describeInterval(5 * 60 * minute)).toEqual({ value: 5, unit: "hour" });
    expect(describeInterval(3 * day)).toEqual({ value: 3, unit: "day" });
    expect(describeInterval(75 * day)).toEqual({ value: 3, unit: "month" });
    expect(describeInterval(550 * day)).toEqual({ value: 1.5, unit: "year" });
  });

  it("reads naturally in German and English", () => {
    expect(formatInterval(10 * minute, "de-DE")).toBe("in 10 Minuten");
    expect(formatInterval(day, "de-DE")).toBe("morgen");
    expect(formatInterval(3 * day, "en-GB")).toBe("in 3 days");
  });
});
