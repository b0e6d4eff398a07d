import { describe, expect, it } from "vitest";
import { gamePlayerFromCookies } from "./player-cookie";

const game = "3f1c0d2e-1111-4222-8333-944455556666";
const player = "0a1b2c3d-aaaa-4bbb-8ccc-ddddeeeeffff";

describe("gamePlayerFromCookies", () => {
  it("finds this game's player among other cookies", () => {
    const header = `lang=de; quiz_game_other=x; quiz_game_${game}=${player}.abcdefghijklmnopqrstuvwx; quiz_player=y`;
    expect(gamePlayerFromCookies(header, game)).toEqual({ gamePlayerId: player, secret: "abcdefghijklmnopqrstuvwx" });
  });
  it("is undefined without the cookie or with a malformed one", () => {
    expect(gamePlayerFromCookies(null, game)).toBeUndefined();
    expect(gamePlayerFromCookies(`quiz_game_${game}=nonsense`, game)).toBeUndefined();
  });
});
