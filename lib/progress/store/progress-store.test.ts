import { beforeEach, describe, expect, it } from "vitest";
import { Rating, State } from "ts-fsrs";
import { EMPTY_PROGRESS, PROGRESS_VERSION } from "./defaults";
import * as cardScheduler from "./fsrs-cards";
import { previewDue, rateCard, seedCards } from "./fsrs-cards";
import {
  createProgressStore,
  hydrateProgress,
  loadCardScheduler,
  PROGRESS_STORAGE_KEY,
  provideCardScheduler,
} from "./progress-store";
import type { TAnswerRecord } from "./schema";
import { migrateProgress } from "./validate";

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const answer = (overrides: Partial<TAnswerRecord> = {}): TAnswerRecord => ({
  questionId: "sc-0000000001",
  setId: "asia",
  attemptId: "a1",
  kind: "single",
  factIds: ["kp.leader.kim"],
  countries: ["KP"],
  themes: ["leaders"],
  correct: true,
  closeness: 1,
  at: "2026-11-21T10:00:00.000Z",
  source: "quiz",
  ...overrides,
});

beforeEach(() => {
  provideCardScheduler(cardScheduler);
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe("progress migrations", () => {
  it("loads a version-1 save: the string quiz length becomes a number and active attempts start empty", () => {
    const v1 = { answers: [answer()], attempts: [], cards: {}, settings: { timerSeconds: 20, quizLength: "20" } };
    const migrated = migrateProgress(v1, 1);
    expect(migrated.settings).toEqual({ timerSeconds: 20, quizLength: 20, newCardsPerDay: 10 });
    expect(migrated.activeAttempts).toEqual({});
    expect(migrated.answers).toHaveLength(1);
  });

  it("loads a version-2 save: an empty review log and the default daily limit for new cards, cards kept", () => {
    const card = rateCard(undefined, Rating.Good, new Date("2026-11-20T10:00:00Z"));
    const v2 = {
      activeAttempts: {},
      answers: [answer()],
      attempts: [],
      cards: { "kp.leader.kim": card },
      settings: { timerSeconds: null, quizLength: "all" },
    };
    const migrated = migrateProgress(v2, 2);
    expect(migrated.reviewLog).toEqual([]);
    expect(migrated.settings).toEqual({ timerSeconds: null, quizLength: "all", newCardsPerDay: 10 });
    expect(migrated.cards).toEqual({ "kp.leader.kim": card });
  });

  it("refuses a version-2 save whose cards are damaged", () => {
    const v2 = {
      activeAttempts: {},
      answers: [],
      attempts: [],
      cards: { x: { due: "soon" } },
      settings: { timerSeconds: null, quizLength: 10 },
    };
    expect(() => migrateProgress(v2, 2)).toThrow();
  });

  it("keeps a current save as it is, and refuses a save from a newer version", () => {
    const current = { ...EMPTY_PROGRESS, answers: [answer()] };
    expect(migrateProgress(current, PROGRESS_VERSION)).toEqual(current);
    expect(() => migrateProgress(current, PROGRESS_VERSION + 1)).toThrow(/newer version/);
  });
});

describe("the progress store", () => {
  it("reads an older save from localStorage after hydration", async () => {
    localStorage.setItem(
      PROGRESS_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        state: { answers: [answer()], attempts: [], cards: {}, settings: { timerSeconds: null, quizLength: "all" } },
      }),
    );
    const store = createProgressStore();
    expect(store.getState().hydrated).toBe(false);
    expect(store.getState().answers).toEqual([]);
    await hydrateProgress(store);
    expect(store.getState()).toMatchObject({ hydrated: true, notice: null, settings: { quizLength: "all" } });
    expect(store.getState().answers).toHaveLength(1);
  });

  it("discards a corrupt save with a notice instead of crashing", async () => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, "{ this is not json");
    const store = createProgressStore();
    await hydrateProgress(store);
    await Promise.resolve();
    expect(store.getState()).toMatchObject({ hydrated: true, notice: "corrupt", answers: [] });
    localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify({ version: PROGRESS_VERSION, state: { answers: "many" } }));
    const second = createProgressStore();
    await hydrateProgress(second);
    await Promise.resolve();
    expect(second.getState().notice).toBe("corrupt");
  });

  it("saves, and a new store reads back the same progress", async () => {
    const store = createProgressStore();
    await hydrateProgress(store);
    store.getState().recordAnswer(answer());
    store.getState().updateSettings({ timerSeconds: 30 });
    // The answer's card is seeded once the scheduler has loaded (asynchronously, off the first load).
    await loadCardScheduler();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const again = createProgressStore();
    await hydrateProgress(again);
    expect(again.getState().answers).toHaveLength(1);
    expect(again.getState().settings.timerSeconds).toBe(30);
    expect(Object.keys(again.getState().cards)).toEqual(["kp.leader.kim"]);
  });

  it("counts an answer once even if recorded twice", async () => {
    const store = createProgressStore();
    await hydrateProgress(store);
    store.getState().recordAnswer(answer());
    store.getState().recordAnswer(answer());
    expect(store.getState().answers).toHaveLength(1);
  });

  it("exports progress and imports it elsewhere; an invalid import changes nothing", async () => {
    const store = createProgressStore();
    await hydrateProgress(store);
    store.getState().recordAnswer(answer());
    const file = store.getState().exportProgress();

    localStorage.removeItem(PROGRESS_STORAGE_KEY);
    const other = createProgressStore();
    await hydrateProgress(other);
    other.getState().recordAnswer(answer({ questionId: "tf-0000000002", attemptId: "a2" }));
    expect(await other.getState().importProgress("not json at all")).toEqual({ ok: false, message: "not-progress-file" });
    expect(
      await other.getState().importProgress(
        JSON.stringify({
          app: "verbuendete-quiz",
          version: PROGRESS_VERSION,
          exportedAt: "2026-11-21T10:00:00Z",
          progress: { answers: 3 },
        }),
      ),
    ).toEqual({
      ok: false,
      message: "invalid-progress",
    });
    expect(other.getState().answers.map((a) => a.questionId)).toEqual(["tf-0000000002"]);
    expect(await other.getState().importProgress(file)).toEqual({ ok: true });
    expect(other.getState().answers.map((a) => a.questionId)).toEqual(["sc-0000000001"]);
  });

  it("imports a file exported by the previous version, migrating it", async () => {
    const store = createProgressStore();
    await hydrateProgress(store);
    const v2File = {
      app: "verbuendete-quiz",
      version: 2,
      exportedAt: "2026-11-01T10:00:00Z",
      progress: {
        activeAttempts: {},
        answers: [answer()],
        attempts: [],
        cards: {},
        settings: { timerSeconds: 10, quizLength: 20 },
      },
    };
    expect(await store.getState().importProgress(JSON.stringify(v2File))).toEqual({ ok: true });
    expect(store.getState()).toMatchObject({ reviewLog: [], settings: { timerSeconds: 10, quizLength: 20, newCardsPerDay: 10 } });
  });

  it("logs each rating with the card's state before it, and exports the log", async () => {
    const store = createProgressStore();
    await hydrateProgress(store);
    const first = new Date("2026-11-21T10:00:00Z");
    store.getState().reviewFact("by.leader.lukashenko", Rating.Good, first, "flashcards");
    store.getState().reviewFact("by.leader.lukashenko", Rating.Again, new Date("2026-11-21T10:15:00Z"));
    expect(store.getState().reviewLog).toEqual([
      { factId: "by.leader.lukashenko", rating: Rating.Good, state: State.New, at: first.toISOString(), source: "flashcards" },
      {
        factId: "by.leader.lukashenko",
        rating: Rating.Again,
        state: State.Learning,
        at: "2026-11-21T10:15:00.000Z",
        source: "learn",
      },
    ]);
    expect(store.getState().cards["by.leader.lukashenko"]?.reps).toBe(2);
    const exported = JSON.parse(store.getState().exportProgress()) as { version: number; progress: { reviewLog: unknown[] } };
    expect(exported.version).toBe(PROGRESS_VERSION);
    expect(exported.progress.reviewLog).toHaveLength(2);
  });
});

describe("FSRS cards", () => {
  const now = new Date("2026-11-21T10:00:00Z");

  it("schedules a new card by its first rating (ts-fsrs)", () => {
    const good = rateCard(undefined, Rating.Good, now);
    const again = rateCard(undefined, Rating.Again, now);
    expect(Date.parse(good.due)).toBeGreaterThan(now.getTime());
    expect(Date.parse(again.due)).toBeLessThanOrEqual(Date.parse(good.due));
    expect(good.reps).toBe(1);
    expect(good.state).not.toBe(State.New);
  });

  it("starts cards from quiz answers, and leaves a card that is not due alone", () => {
    const seeded = seedCards({}, answer({ factIds: ["a", "b"], correct: false }), now);
    expect(Object.keys(seeded)).toEqual(["a", "b"]);
    const notDue = { a: rateCard(undefined, Rating.Easy, now) };
    expect(seedCards(notDue, answer({ factIds: ["a"], correct: false }), now).a).toEqual(notDue.a);
  });

  it("previews, for each rating, the due date that rating gives", () => {
    const card = rateCard(undefined, Rating.Good, now);
    const later = new Date(Date.parse(card.due));
    const preview = previewDue(card, later);
    for (const grade of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
      expect(preview[grade].toISOString()).toBe(rateCard(card, grade, later).due);
    }
    expect(preview[Rating.Again].getTime()).toBeLessThan(preview[Rating.Easy].getTime());
  });
});
