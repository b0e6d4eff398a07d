// What a game or assignment is called on every screen: its set's title, except "Schwächste Fakten üben", whose
// questions come from the class's weakest facts across all sets (its set is only where they were drawn from).
import type { TLocalized } from "@/questions/schema";
import { translate } from "@/lib/platform/i18n/messages";

/** The class report's button and the assignment it makes share one name. */
export const PRACTICE_TITLE: TLocalized = {
  de: translate("de", "classReport.practice.title"),
  en: translate("en", "classReport.practice.title"),
};

/** The title of a game of set `setId`; null when the set is no longer in the bank. */
export function gameTitle(
  game: { setId: string; practice?: boolean },
  sets: ReadonlyArray<{ id: string; title: TLocalized }>,
): TLocalized | null {
  if (game.practice) return PRACTICE_TITLE;
  return sets.find((set) => set.id === game.setId)?.title ?? null;
}
