// Upgrades progress saved by an older version of the app, step by step, to the current shape.
import { EMPTY_PROGRESS, PROGRESS_VERSION } from "./defaults";

type TUnknownState = Record<string, unknown>;

const STEPS: Record<number, (state: TUnknownState) => TUnknownState> = {
  // Version 1 kept the quiz length as a string ("10", "20", "all") and had no activeAttempts.
  1: (state) => {
    const settings = (state.settings ?? {}) as { timerSeconds?: number | null; quizLength?: string };
    const length = settings.quizLength === "all" ? "all" : settings.quizLength === "20" ? 20 : 10;
    return { ...state, activeAttempts: {}, settings: { timerSeconds: settings.timerSeconds ?? null, quizLength: length } };
  },
  // Version 2 had no review log (learn mode and flashcards) and no daily limit for new cards.
  2: (state) => ({
    ...state,
    reviewLog: [],
    settings: { ...(state.settings as object), newCardsPerDay: EMPTY_PROGRESS.settings.newCardsPerDay },
  }),
};

/** The saved state moved from `version` to the current shape, not yet validated (see validate.ts). */
export function upgradeProgress(saved: unknown, version: number): TUnknownState {
  if (version > PROGRESS_VERSION) throw new Error(`saved by a newer version (${version}) of the app`);
  let state = { ...(saved as TUnknownState) };
  for (let step = version; step < PROGRESS_VERSION; step++) {
    const migrate = STEPS[step];
    if (migrate) state = migrate(state);
  }
  return { ...EMPTY_PROGRESS, ...state };
}
