// Joining a game by PIN: a browser that already plays in the game comes back as the same player; anyone else
// gets a nickname (the app's nickname rules, unique in the game) while the game is open, unlocked and not full.
// The player is linked to the browser's app identity when it has one; a game for a group creates one if
// needed, because the group's board lists app players. Joins that arrive together are written together (the
// game's join queue, lib/games/use-cases/runtime.ts): one transaction per burst, as answers are.
import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { findGamePlayer } from "@/lib/games/queries/game-players";
import { nicknameKey } from "@/lib/players/rules/nickname-key";
import type { TLang } from "@/lib/platform/i18n/lang";
import type { TPlayer } from "@/lib/players/types";
import { gameSettings, type TGameRow } from "@/lib/games/queries/games";
import { setNickname, NicknameTakenError } from "@/lib/players/queries/players";
import { checkNickname, NICKNAME_MESSAGES, NICKNAME_TAKEN, nicknameStatus } from "@/lib/players/rules/nickname";
import { secretMatches } from "@/lib/platform/crypto/identity";
import { publishGameEvent } from "./bus-events";
import { endIfDeadlinePassed } from "./steps";
import { getLiveGame } from "./runtime";
import { recentGameByPin, recentPlayerCount } from "./recent-pins";

export type TJoinError = { status: number; code: string; message: string; field?: "pin" | "nickname" };
export type TFoundGame = { game: TGameRow; rejoin?: { id: string; nickname: string } };
export type TGameCredentials = { gamePlayerId: string; secret: string };

/** What a join needs of the request: the game cookie it carries, its language and the browser's app player. */
export type TJoinContext = {
  /** The game cookie the request carries for a game, if any. */
  credentials: (gameId: string) => Promise<TGameCredentials | undefined>;
  lang: TLang;
  /** The browser's app player; `create`: make one when there is none (a class game lists app players). */
  appPlayer: (create: boolean) => Promise<TPlayer | undefined>;
};

const GAME_MESSAGES: Record<string, [number, string]> = {
  unknown_pin: [404, "no game has this PIN; check the number on the projector"],
  game_ended: [409, "this game has already ended"],
  game_locked: [409, "the host has locked this game; no one can join now"],
  game_full: [409, "this game is full"],
  player_removed: [403, "the host removed you from this game"],
};

export const gameError = (code: keyof typeof GAME_MESSAGES | string): TJoinError => {
  const [status, message] = GAME_MESSAGES[code] ?? [409, code];
  return { status, code, message, field: "pin" };
};

/**
 * The game behind a PIN, and whether this browser already plays in it; or why it cannot be joined. `counted`:
 * false when the caller counts the players itself (the join queue does, in its transaction). The game and its
 * count are at most a second old (recent-pins.ts): what they refuse here would be refused by the join too.
 */
export async function findJoinableGame(
  pin: string,
  credentials: TJoinContext["credentials"],
  counted = true,
): Promise<{ ok: true; found: TFoundGame } | { ok: false; error: TJoinError }> {
  const byPin = await recentGameByPin(pin);
  if (!byPin) return { ok: false, error: gameError("unknown_pin") };
  const game = await endIfDeadlinePassed(getDbHandle(), byPin);
  const carried = await credentials(game.id);
  if (carried) {
    const player = await findGamePlayer(getDb(), game.id, carried.gamePlayerId);
    if (player && secretMatches(carried.secret, player.secretHash)) {
      if (player.kicked) return { ok: false, error: gameError("player_removed") };
      // A player of an ended game may still look at their result.
      return { ok: true, found: { game, rejoin: { id: player.id, nickname: player.nickname } } };
    }
  }
  if (game.status === "ended") return { ok: false, error: gameError("game_ended") };
  if (game.locked) return { ok: false, error: gameError("game_locked") };
  if (counted && (await recentPlayerCount(pin, game.id)) >= gameSettings(game).maxPlayers)
    return { ok: false, error: gameError("game_full") };
  return { ok: true, found: { game } };
}

/** A joined player; `secret` (for the game cookie) only when the player is new. */
export type TJoined = { game: TGameRow; player: { id: string; nickname: string }; rejoined: boolean; secret?: string };

export async function joinByPin(
  pin: string,
  typedNickname: string,
  context: TJoinContext,
): Promise<{ ok: true; joined: TJoined } | { ok: false; error: TJoinError }> {
  const found = await findJoinableGame(pin, context.credentials, false);
  if (!found.ok) return found;
  const { game, rejoin } = found.found;
  if (rejoin) return { ok: true, joined: { game, player: rejoin, rejoined: true } };

  const checked = checkNickname(typedNickname);
  if (!checked.ok) {
    const message = NICKNAME_MESSAGES[checked.problem][context.lang];
    return {
      ok: false,
      error: { status: nicknameStatus(checked.problem), code: `nickname_${checked.problem}`, message, field: "nickname" },
    };
  }
  const appPlayer = await context.appPlayer(Boolean(game.groupId));
  // A player without a nickname has posted nothing yet, so no board shows them: nothing to tell the others.
  if (appPlayer && !appPlayer.nickname) {
    // Nicknames are unique on the boards: another student's (or its look-alike) cannot be taken here either.
    const taken = await setNickname(getDb(), appPlayer.id, checked.nickname, nicknameKey(checked.nickname)).then(
      () => false,
      (error: unknown) => {
        if (error instanceof NicknameTakenError) return true;
        throw error;
      },
    );
    if (taken) {
      const message = NICKNAME_TAKEN[context.lang];
      return { ok: false, error: { status: 409, code: "nickname_taken", message, field: "nickname" } };
    }
  }

  const live = await getLiveGame(game.id);
  if (!live) return { ok: false, error: gameError("unknown_pin") };
  const result = await live.joins.enqueue({
    game,
    input: { nickname: checked.nickname, nicknameKey: nicknameKey(checked.nickname), playerId: appPlayer?.id ?? null },
  });
  if (!result.ok) {
    if (result.code === "nickname_taken") {
      return {
        ok: false,
        error: {
          status: 409,
          code: "nickname_taken",
          message: "someone in this game already has this nickname; choose another",
          field: "nickname",
        },
      };
    }
    return { ok: false, error: gameError(result.code) };
  }
  await publishGameEvent(game.id, {
    t: "joined",
    p: { id: result.player.id, nickname: result.player.nickname },
    n: result.total,
  });
  return {
    ok: true,
    joined: { game, player: { id: result.player.id, nickname: result.player.nickname }, rejoined: false, secret: result.secret },
  };
}
