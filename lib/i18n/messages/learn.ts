// Learn mode (spaced repetition), flashcards, the progress page, export and import.
import type { TMessages } from "./types";

export const learnMessages = {} as const satisfies TMessages;
