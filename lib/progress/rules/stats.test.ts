import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { rateCard } from "@/lib/progress/store/fsrs-cards";
import type { TAnswerRecord, TFsrsCardJson, TReviewRecord } from "@/lib/progress/store/schema";
import { addDays, daysUpTo } from "@/lib/platform/time/days";
import { accuracyByDay, dueForecast, masteryByGroup, studyDays, studyStreak } from "./stats";

const TZ = "Europe/Berlin";

const answer = (at: string, correct: boolean): TAnswerRecord => ({
  questionId: "q",
  setId: "asia",
  kind: "single",
  factIds: ["f"],
  countries: [],
  themes: [],
  correct,
  closeness: correct ? 1 : 0,
  at,
  source: "quiz",
});
const review = (at: string): TReviewRecord => ({ factId: "f", rating: Rating.Good, state: 2, at, source: "flashcards" });

describe("calendar days", () => {
  it("adds days across month and year ends and lists the days up to one", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysUpTo("2026-11-21", 3)).toEqual(["2026-11-19", "2026-11-20", "2026-11-21"]);
  });
});

describe("the study streak", () => {
  it("collects days with answers or ratings in the learner's time zone", () => {
    const days = studyDays([answer("2026-11-20T23:30:00Z", true)], [review("2026-11-19T08:00:00Z")], TZ);
    expect([...days].sort()).toEqual(["2026-11-19", "2026-11-21"]);
  });

  it("counts days in a row up to today, or up to yesterday while today is open, and the longest run", () => {
    const days = new Set(["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-19", "2026-11-20"]);
    expect(studyStreak(days, "2026-11-21")).toEqual({ current: 2, longest: 4 });
    expect(studyStreak(new Set([...days, "2026-11-21"]), "2026-11-21")).toEqual({ current: 3, longest: 4 });
    expect(studyStreak(days, "2026-11-22")).toEqual({ current: 0, longest: 4 });
    expect(studyStreak(new Set(), "2026-11-22")).toEqual({ current: 0, longest: 0 });
  });
});

describe("accuracy over time", () => {
  it("gives each day its answers and the share right, null on days without answers", () => {
    const answers = [
      answer("2026-11-21T08:00:00Z", true),
      answer("2026-11-21T09:00:00Z", false),
      answer("2026-11-21T09:30:00Z", true),
      answer("2026-11-19T09:00:00Z", false),
      answer("2026-10-01T09:00:00Z", true),
    ];
    expect(accuracyByDay(answers, "2026-11-21", 3, TZ)).toEqual([
      { date: "2026-11-19", answered: 1, correct: 0, percent: 0 },
      { date: "2026-11-20", answered: 0, correct: 0, percent: null },
      { date: "2026-11-21", answered: 3, correct: 2, percent: 67 },
    ]);
  });
});

describe("the due forecast", () => {
  it("counts cards per due day, overdue ones today, and leaves out those beyond the window", () => {
    const now = new Date("2026-11-21T10:00:00Z");
    const due = (iso: string): TFsrsCardJson => ({ ...rateCard(undefined, Rating.Good, now), due: iso });
    const cards = {
      a: due("2026-11-01T10:00:00Z"),
      b: due("2026-11-21T20:00:00Z"),
      c: due("2026-11-22T22:30:00Z"),
      d: due("2027-01-01T10:00:00Z"),
    };
    // c is due at 23:30 Berlin time on the 22nd.
    expect(dueForecast(cards, now, 3, TZ)).toEqual([
      { date: "2026-11-21", due: 2 },
      { date: "2026-11-22", due: 1 },
      { date: "2026-11-23", due: 0 },
    ]);
  });
});

describe("mastery by group", () => {
  it("averages the facts of each group, unstudied facts counting as 0, a fact in two groups in both", () => {
    const now = new Date("2026-11-21T10:00:00Z");
    const strong = { ...rateCard(undefined, Rating.Easy, now), stability: 42 };
    const half = { ...rateCard(undefined, Rating.Good, now), stability: 10.5 };
    const facts = [
      { id: "by.1", groups: ["BY"] },
      { id: "by.2", groups: ["BY"] },
      { id: "both", groups: ["BY", "CN"] },
    ];
    expect(masteryByGroup(facts, { "by.1": strong, both: half })).toEqual([
      { key: "BY", facts: 3, started: 2, percent: 50 },
      { key: "CN", facts: 1, started: 1, percent: 50 },
    ]);
  });
});
