// Calendar-day arithmetic on local dates (YYYY-MM-DD), for the learner's own statistics: streaks, accuracy per
// day, the due forecast. Pure; the time zone is the learner's (the browser's), passed in.
import { localDate } from "./periods";

/** The browser's (or server's) time zone; the learner's day starts at their midnight. */
export function ownTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The local date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The `count` dates that end with `last`, oldest first. */
export function daysUpTo(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(last, index - count + 1));
}

/** The local date of an ISO instant. */
export function dayOf(at: string | Date, timeZone: string): string {
  return localDate(typeof at === "string" ? new Date(at) : at, timeZone);
}
