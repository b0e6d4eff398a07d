// Rating a card after an answer: the rating the answer suggests, and the intervals the buttons show. Pure.
import { Rating, type Grade } from "ts-fsrs";
import type { TGrade } from "@/lib/scoring/rules/grade";

/** Right: Good; more than half right (an estimate near the mark, most of a multiple choice): Hard; else Again. */
export function suggestedRating(grade: TGrade | null): Grade {
  if (!grade) return Rating.Again;
  if (grade.correct) return Rating.Good;
  return grade.closeness >= 0.5 ? Rating.Hard : Rating.Again;
}

export type TIntervalUnit = "minute" | "hour" | "day" | "month" | "year";

/** An interval in the largest unit that keeps it readable ("10 minutes", "3 days", "1.5 years"), at least 1 minute. */
export function describeInterval(ms: number): { value: number; unit: TIntervalUnit } {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return { value: minutes, unit: "minute" };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { value: hours, unit: "hour" };
  const days = Math.round(hours / 24);
  if (days < 30) return { value: days, unit: "day" };
  if (days < 365) return { value: Math.round(days / 30), unit: "month" };
  const years = days / 365;
  return { value: years < 10 ? Math.round(years * 10) / 10 : Math.round(years), unit: "year" };
}

/** "in 10 Minuten", "morgen" / "in 10 minutes", "tomorrow". */
export function formatInterval(ms: number, locale: string): string {
  const { value, unit } = describeInterval(ms);
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(value, unit);
}
