// An assignment's questions in each student's own order: students doing the same homework side by side do not
// see the same question, or the same option, at the same place. Deterministic per game player (a reload, another
// instance, a retry all get the same order); stored answers keep the game's question index and sealed option
// ids, so grading, the report and the CSV read them as for a live game.
import { seededShuffle } from "@/questions/random";
import type { TGameSettings } from "@/lib/games/types";

export type TPlayerOrder = {
  /** The game's question indices in the order this player is asked them. */
  questions: number[];
  /** The seed of the options' order on this player's phone. */
  optionSeed: string;
};

/**
 * Live games and assignments made before `ownOrder`: the game's order for everyone (the projector's colours
 * match the phones'). Assignments with `ownOrder`: options per player; questions per player when the host chose
 * to shuffle (without it, the set's order stands, e.g. when questions build on each other).
 */
export function playerOrder(input: {
  gameId: string;
  gamePlayerId: string;
  count: number;
  settings: Pick<TGameSettings, "shuffle" | "ownOrder">;
}): TPlayerOrder {
  const indices = Array.from({ length: input.count }, (_, index) => index);
  if (!input.settings.ownOrder) return { questions: indices, optionSeed: input.gameId };
  return {
    questions: input.settings.shuffle ? seededShuffle(indices, `questions:${input.gamePlayerId}`) : indices,
    optionSeed: `options:${input.gamePlayerId}`,
  };
}
