// What a game or assignment is called on every screen: its set's title, except "Schwächste Fakten üben", whose
// questions come from the class's weakest facts across all sets (its set is only where they were drawn from).
import type { TLocalized } from "@/questions/schema";
import type { TGameSettings } from "@/lib/games/types";

export const PRACTICE_TITLE: TLocalized = { de: "Schwächste Fakten üben", en: "Practise the weakest facts" };

export function gameTitle(settings: Pick<TGameSettings, "practice">, setTitle: TLocalized | null | undefined): TLocalized | null {
  return settings.practice ? PRACTICE_TITLE : (setTitle ?? null);
}
