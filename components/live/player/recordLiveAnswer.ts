"use client";

import type { TProgressStore } from "@/lib/progress/store/progress-store";
import type { TPlayableQuestion, TQuestionSolution } from "@/questions/present";

/**
 * A class game's answer goes into the player's own progress on this device, so what they got wrong comes back
 * in review mode. Keyed by game and question: a reload or a second tab records it once.
 */
export function recordLiveAnswer(
  store: TProgressStore,
  input: {
    gameId: string;
    setId: string;
    question: TPlayableQuestion;
    correct: boolean;
    closeness: number;
    factIds: string[];
    tags: TQuestionSolution["tags"];
  },
): void {
  const record = () =>
    store.getState().recordAnswer({
      questionId: input.question.id,
      setId: input.setId,
      attemptId: `game:${input.gameId}`,
      kind: input.question.kind,
      factIds: input.factIds,
      countries: input.tags.countries,
      themes: input.tags.themes,
      correct: input.correct,
      closeness: Math.min(1, Math.max(0, input.closeness)),
      at: new Date().toISOString(),
      source: "live",
    });
  // Saved progress is read after mount; an answer recorded before that would be overwritten by it.
  if (store.getState().hydrated) return record();
  const stop = store.subscribe((state) => {
    if (!state.hydrated) return;
    stop();
    record();
  });
}
