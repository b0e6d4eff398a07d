// The progress page's numbers, from the saved answers, review log and cards: study streak, accuracy per day,
// the due forecast and mastery by country or theme. Pure: the day and the time zone are passed in.
import type { TAnswerRecord, TFsrsCardJson, TReviewRecord } from "@/lib/progress/store/schema";
import { addDays, dayOf, daysUpTo } from "@/lib/platform/time/days";
import { factMastery } from "./mastery";

/** The local days on which the learner answered a question or rated a card. */
export function studyDays(answers: readonly TAnswerRecord[], reviews: readonly TReviewRecord[], timeZone: string): Set<string> {
  return new Set([...answers, ...reviews].map((entry) => dayOf(entry.at, timeZone)));
}

/**
 * The current streak (days in a row up to today, or up to yesterday while today is still open) and the longest.
 */
export function studyStreak(days: ReadonlySet<string>, today: string): { current: number; longest: number } {
  const runFrom = (last: string) => {
    let length = 0;
    while (days.has(addDays(last, -length))) length++;
    return length;
  };
  const current = days.has(today) ? runFrom(today) : runFrom(addDays(today, -1));
  // A run's length is counted from its last day only.
  const longest = Math.max(0, ...[...days].filter((day) => !days.has(addDays(day, 1))).map(runFrom));
  return { current, longest };
}

export type TDayAccuracy = { date: string; answered: number; correct: number; percent: number | null };

/** Answers and the share right on each of the `count` days up to `today`; null on days without answers. */
export function accuracyByDay(answers: readonly TAnswerRecord[], today: string, count: number, timeZone: string): TDayAccuracy[] {
  const rows = new Map(daysUpTo(today, count).map((date) => [date, { date, answered: 0, correct: 0 }]));
  for (const answer of answers) {
    const row = rows.get(dayOf(answer.at, timeZone));
    if (!row) continue;
    row.answered++;
    if (answer.correct) row.correct++;
  }
  return [...rows.values()].map((row) => ({
    ...row,
    percent: row.answered ? Math.round((row.correct / row.answered) * 100) : null,
  }));
}

/** Cards due on each of the `count` days from today; what is overdue counts today. */
export function dueForecast(
  cards: Record<string, TFsrsCardJson>,
  now: Date,
  count: number,
  timeZone: string,
): Array<{ date: string; due: number }> {
  const today = dayOf(now, timeZone);
  const days = Array.from({ length: count }, (_, index) => ({ date: addDays(today, index), due: 0 }));
  const index = new Map(days.map((day, position) => [day.date, position]));
  for (const card of Object.values(cards)) {
    const day = Date.parse(card.due) <= now.getTime() ? today : dayOf(card.due, timeZone);
    const position = index.get(day);
    if (position !== undefined) days[position]!.due++;
  }
  return days;
}

export type TMasteryRow = { key: string; facts: number; started: number; percent: number };

/**
 * Mastery (0 to 100) of each group of facts, e.g. by country or by theme; a fact in several groups counts in each,
 * a fact not yet studied counts as 0. Groups in the order they first appear.
 */
export function masteryByGroup(
  facts: ReadonlyArray<{ id: string; groups: readonly string[] }>,
  cards: Record<string, TFsrsCardJson>,
): TMasteryRow[] {
  const rows = new Map<string, { facts: number; started: number; sum: number }>();
  for (const fact of facts) {
    const card = cards[fact.id];
    for (const key of fact.groups) {
      const row = rows.get(key) ?? { facts: 0, started: 0, sum: 0 };
      row.facts++;
      if (card && card.reps > 0) row.started++;
      row.sum += factMastery(card);
      rows.set(key, row);
    }
  }
  return [...rows].map(([key, row]) => ({
    key,
    facts: row.facts,
    started: row.started,
    percent: Math.round((row.sum / row.facts) * 100),
  }));
}
