// One Zustand store for the learner's progress, in slices: the quiz in progress, the answer history, the FSRS
// cards and the settings. Persisted to localStorage with a version and migrations; created per browser tab by
// ProgressProvider (never at module level, so the server never shares one between requests).
import type { Grade } from "ts-fsrs";
import { createJSONStorage, persist, type StateStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { EMPTY_PROGRESS, PROGRESS_VERSION } from "./defaults";
import { upgradeProgress } from "./migrations";
import type { TAnswerRecord, TAttemptRecord, TProgressData, TReviewRecord, TSettings } from "./schema";

export const PROGRESS_STORAGE_KEY = "verbuendete-quiz:progress";
const MAX_ANSWERS = 5_000;
const MAX_REVIEWS = 5_000;

// The FSRS scheduler (ts-fsrs) loads on demand, like the schemas: pages that rate cards provide it at once
// (they import it anyway for the interval previews); elsewhere it arrives after the page is up.
type TCardScheduler = typeof import("./fsrs-cards");
let cardScheduler: TCardScheduler | undefined;

export function provideCardScheduler(scheduler: TCardScheduler): void {
  cardScheduler = scheduler;
}

export function loadCardScheduler(): Promise<TCardScheduler> {
  return cardScheduler ? Promise.resolve(cardScheduler) : import("./fsrs-cards").then((scheduler) => (cardScheduler = scheduler));
}

export type TProgressActions = {
  setActiveAttempt: (setId: string, attemptId: string) => void;
  clearActiveAttempt: (setId: string) => void;
  recordAnswer: (answer: TAnswerRecord) => void;
  recordAttempt: (attempt: TAttemptRecord) => void;
  /** Rates a fact's card (Again, Hard, Good, Easy) in learn mode or flashcards, and logs the rating. */
  reviewFact: (factId: string, rating: Grade, now?: Date, source?: TReviewRecord["source"]) => void;
  updateSettings: (settings: Partial<TSettings>) => void;
  exportProgress: () => string;
  /** Replaces the progress with an exported file's; a file that does not validate changes nothing. */
  importProgress: (text: string) => Promise<{ ok: true } | { ok: false; message: string }>;
  reset: () => void;
  dismissNotice: () => void;
};

export type TProgressState = TProgressData &
  TProgressActions & {
    /** False until the saved progress is read (after mount), so server and first client render agree. */
    hydrated: boolean;
    /** Set when saved progress could not be read and was discarded. */
    notice: string | null;
  };

/** localStorage that refuses (and reports) what does not parse, instead of throwing into the page. */
function guardedStorage(onDiscard: (reason: string) => void): StateStorage {
  return {
    getItem: async (name) => {
      const raw = localStorage.getItem(name);
      if (raw === null) return null;
      try {
        const parsed = JSON.parse(raw) as { state?: unknown; version?: unknown };
        if (typeof parsed !== "object" || parsed === null || typeof parsed.version !== "number") throw new Error("not progress");
        const { migrateProgress } = await import("./validate");
        migrateProgress(parsed.state, parsed.version);
        return raw;
      } catch (error) {
        localStorage.removeItem(name);
        onDiscard(error instanceof Error ? error.message : String(error));
        return null;
      }
    },
    setItem: (name, value) => localStorage.setItem(name, value),
    removeItem: (name) => localStorage.removeItem(name),
  };
}

export const CORRUPT_NOTICE = "corrupt";

export function createProgressStore() {
  // The storage wrapper may discard saved progress while the store is being built; the notice lands after.
  const discarded = () => queueMicrotask(() => store.setState({ notice: CORRUPT_NOTICE }));
  const store = createStore<TProgressState>()(
    persist(
      (set, get) => ({
        ...EMPTY_PROGRESS,
        hydrated: false,
        notice: null,
        setActiveAttempt: (setId, attemptId) =>
          set((state) => ({
            activeAttempts: { ...state.activeAttempts, [setId]: { attemptId, startedAt: new Date().toISOString() } },
          })),
        clearActiveAttempt: (setId) =>
          set((state) => {
            const { [setId]: _gone, ...rest } = state.activeAttempts;
            return { activeAttempts: rest };
          }),
        recordAnswer: (answer) =>
          set((state) => {
            const duplicate = state.answers.some(
              (known) => known.attemptId && known.attemptId === answer.attemptId && known.questionId === answer.questionId,
            );
            if (duplicate) return {};
            // Quiz and live answers start or review cards too (once the scheduler is there).
            if (answer.source === "quiz" || answer.source === "live") {
              void loadCardScheduler().then(({ seedCards }) =>
                set((current) => ({ cards: seedCards(current.cards, answer, new Date(answer.at)) })),
              );
            }
            return { answers: [...state.answers, answer].slice(-MAX_ANSWERS) };
          }),
        recordAttempt: (attempt) =>
          set((state) =>
            state.attempts.some((known) => known.attemptId === attempt.attemptId)
              ? {}
              : { attempts: [...state.attempts, attempt] },
          ),
        reviewFact: (factId, rating, now = new Date(), source = "learn") =>
          set((state) => {
            if (!cardScheduler) throw new Error("reviewFact needs the card scheduler: call provideCardScheduler first");
            const { rateCard } = cardScheduler;
            const card = state.cards[factId];
            const review: TReviewRecord = { factId, rating, state: card?.state ?? 0, at: now.toISOString(), source };
            return {
              cards: { ...state.cards, [factId]: rateCard(card, rating, now) },
              reviewLog: [...state.reviewLog, review].slice(-MAX_REVIEWS),
            };
          }),
        updateSettings: (settings) => set((state) => ({ settings: { ...state.settings, ...settings } })),
        exportProgress: () => {
          const { activeAttempts, answers, attempts, cards, reviewLog, settings } = get();
          return JSON.stringify(
            {
              app: "verbuendete-quiz",
              version: PROGRESS_VERSION,
              exportedAt: new Date().toISOString(),
              progress: { activeAttempts, answers, attempts, cards, reviewLog, settings },
            },
            null,
            2,
          );
        },
        importProgress: async (text) => {
          const { parseProgressFile } = await import("./validate");
          const parsed = parseProgressFile(text);
          if (!parsed.ok) return parsed;
          set({ ...parsed.progress });
          return { ok: true };
        },
        reset: () => set({ ...EMPTY_PROGRESS }),
        dismissNotice: () => set({ notice: null }),
      }),
      {
        name: PROGRESS_STORAGE_KEY,
        version: PROGRESS_VERSION,
        storage: createJSONStorage(() => guardedStorage(discarded)),
        partialize: ({ activeAttempts, answers, attempts, cards, reviewLog, settings }) => ({
          activeAttempts,
          answers,
          attempts,
          cards,
          reviewLog,
          settings,
        }),
        // getItem has validated the saved state (migrated); here it is only brought to the current shape.
        migrate: (saved, version) => upgradeProgress(saved, version) as TProgressData,
        merge: (saved, current) => ({ ...current, ...EMPTY_PROGRESS, ...(saved as Partial<TProgressData>) }),
        skipHydration: true,
      },
    ),
  );
  return store;
}

/** Reads the saved progress (after mount: the server rendered without it), then fetches the card scheduler. */
export async function hydrateProgress(store: TProgressStore): Promise<void> {
  await store.persist.rehydrate();
  store.setState({ hydrated: true });
  void loadCardScheduler();
}

export type TProgressStore = ReturnType<typeof createProgressStore>;
