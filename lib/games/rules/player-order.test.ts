import { describe, expect, it } from "vitest";
import { playerOrder } from "./player-order";

const own = { shuffle: true, ownOrder: true };
const order = (gamePlayerId: string, settings: { shuffle: boolean; ownOrder?: boolean } = own) =>
  playerOrder({ gameId: "game-1", gamePlayerId, count: 12, settings });

describe("playerOrder", () => {
  it("gives each player of an assignment their own question order, the same on every call", () => {
    expect(order("ada")).toEqual(order("ada"));
    expect(order("ada").questions).not.toEqual(order("ben").questions);
    expect([...order("ada").questions].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("seeds the options per player", () => {
    expect(order("ada").optionSeed).not.toBe(order("ben").optionSeed);
  });

  it("keeps the set's order when the host did not shuffle, but still the player's own options", () => {
    const unshuffled = order("ada", { shuffle: false, ownOrder: true });
    expect(unshuffled.questions).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(unshuffled.optionSeed).not.toBe("game-1");
  });

  it("keeps the game's order for everyone in games made without it (live games, older assignments)", () => {
    expect(order("ada", { shuffle: true })).toEqual({ questions: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], optionSeed: "game-1" });
  });
});
