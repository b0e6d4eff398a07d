// The progress store's constants, kept apart from the schemas so pages can use them without loading zod.
import type { TProgressData } from "./schema";

export const PROGRESS_VERSION = 3;

export const NEW_CARDS_PER_DAY = [5, 10, 20, 30] as const;

export const EMPTY_PROGRESS: TProgressData = {
  activeAttempts: {},
  answers: [],
  attempts: [],
  cards: {},
  reviewLog: [],
  settings: { timerSeconds: null, quizLength: 10, newCardsPerDay: 10 },
};
