// A progress export as the app writes it, built relative to now, for tests that start from a learner's history
// (imported through the progress page like a learner moving devices, never injected into storage).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestInfo } from "@playwright/test";

const DAY = 86_400_000;

type TProgressOptions = {
  /** Facts whose cards are due now (in review, last seen a week ago). */
  due?: string[];
  /** Facts whose cards are due only in `inDays` days. */
  later?: Array<{ factId: string; inDays: number }>;
  /** Days ago on which the learner answered questions (one right, one wrong each). */
  studiedDaysAgo?: number[];
  now?: Date;
};

function reviewCard(due: Date, lastReview: Date) {
  const days = Math.max(1, Math.round((due.getTime() - lastReview.getTime()) / DAY));
  return {
    due: due.toISOString(),
    stability: days,
    difficulty: 5,
    elapsed_days: days,
    scheduled_days: days,
    learning_steps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    last_review: lastReview.toISOString(),
  };
}

export function progressExport({ due = [], later = [], studiedDaysAgo = [], now = new Date() }: TProgressOptions): string {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const cards: Record<string, unknown> = {};
  for (const factId of due) cards[factId] = reviewCard(ago(1), ago(7));
  for (const { factId, inDays } of later) cards[factId] = reviewCard(new Date(now.getTime() + inDays * DAY), ago(1));
  const factIds = [...due, ...later.map((entry) => entry.factId)];
  const answers = studiedDaysAgo.flatMap((days, index) =>
    [true, false].map((correct) => ({
      questionId: `seed-${index}-${correct}`,
      setId: "all-allies",
      kind: "single",
      factIds: [factIds[index % Math.max(1, factIds.length)] ?? "by.leader.lukashenko"],
      countries: ["BY"],
      themes: ["leaders"],
      correct,
      closeness: correct ? 1 : 0,
      at: ago(days).toISOString(),
      source: "quiz",
    })),
  );
  return JSON.stringify({
    app: "verbuendete-quiz",
    version: 3,
    exportedAt: now.toISOString(),
    progress: {
      activeAttempts: {},
      answers,
      attempts: [],
      cards,
      reviewLog: [],
      settings: { timerSeconds: null, quizLength: 10, newCardsPerDay: 10 },
    },
  });
}

/** Writes `content` to a file in the test's output folder (for a file input) and returns its path. */
export function writeTestFile(testInfo: TestInfo, name: string, content: string): string {
  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = path.join(testInfo.outputDir, name);
  writeFileSync(file, content);
  return file;
}
