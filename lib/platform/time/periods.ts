// Calendar periods for leaderboards ("this week", "today") and the daily challenge, in the school's time zone.
import { appConfig } from "@/lib/platform/config/app";

// A formatter is costly to make (a leaderboard request needs one); one per time zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: Date, timeZone: string = appConfig().timeZone): string {
  const parts = formatterFor(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The ISO 8601 week of a calendar date: "2026-W47". */
export function isoWeek(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day));
  const weekday = (at.getUTCDay() + 6) % 7; // Monday 0
  at.setUTCDate(at.getUTCDate() - weekday + 3); // the Thursday of this week decides its year
  const weekYear = at.getUTCFullYear();
  const week = 1 + Math.floor((at.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 / 7);
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}

export type TPeriod = "all" | "week" | "day";
export const PERIODS: readonly TPeriod[] = ["all", "week", "day"];

/** The key of one period's board at an instant (the all-time board needs no calendar). */
export function periodKey(period: TPeriod, at: Date, timeZone: string = appConfig().timeZone): string {
  if (period === "all") return "all";
  const date = localDate(at, timeZone);
  return period === "week" ? `w${isoWeek(date)}` : `d${date}`;
}

/** The board keys an instant falls into: "all", "w2026-W47", "d2026-11-21". */
export function periodKeys(at: Date, timeZone: string = appConfig().timeZone): Record<TPeriod, string> {
  const date = localDate(at, timeZone);
  return { all: "all", week: `w${isoWeek(date)}`, day: `d${date}` };
}
