// Moving a game on: a host action, the clock closing a question, an assignment's deadline passing, a kick.
// Each reads the game fresh, asks the state machine, writes with a version guard and then tells every instance
// through the bus. The instances' rooms react to the bus event, including the one that made the step.
import type { TDbHandle } from "@/lib/platform/db/client";
import { kickGamePlayer } from "@/lib/games/queries/game-players";
import { postGameScores } from "./post-game-scores";
import { activePlayerCount, findGame, gameSettings, gameState, saveTransition, type TGameRow } from "@/lib/games/queries/games";
import { applyHostAction, closeQuestion, type TTransition } from "@/lib/games/rules/state-machine";
import type { TGameState, THostAction } from "@/lib/games/types";
import { publishLeaderboardChange } from "@/lib/leaderboards/use-cases/board-events";
import { publishGameEvent } from "./bus-events";

const RETRIES = 3;

async function announce(handle: TDbHandle, state: TGameState): Promise<void> {
  await publishGameEvent(state.id, { t: "state", s: state });
  // The group's board gets the totals once the game has ended (in the background: it may take a while).
  if (state.status === "ended") {
    void postGameScores(handle, state.id)
      .then(({ posted, setId, scope }) => (posted && setId && scope ? publishLeaderboardChange({ setId, scope }) : undefined))
      .catch((error: unknown) => console.error(`live posting ${state.id}: ${String(error)}`));
  }
}

/** Applies a transition computed from the game's current row, re-reading and retrying when another step won. */
async function step(
  handle: TDbHandle,
  gameId: string,
  first: TGameRow | null,
  decide: (row: TGameRow) => Promise<TTransition>,
  now: number,
): Promise<TTransition> {
  let row = first;
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    row ??= await findGame(handle.db, gameId);
    if (!row) return { ok: false, status: 409, code: "not_found", message: "the game no longer exists" };
    const from = gameState(row);
    const decided = await decide(row);
    if (!decided.ok) return decided;
    const saved = await saveTransition(handle, from, decided.state, new Date(now));
    if (saved) {
      const state = gameState(saved);
      await announce(handle, state);
      return { ok: true, state };
    }
    row = null;
  }
  return { ok: false, status: 409, code: "busy", message: "the game changed at the same moment; try again" };
}

export function performHostAction(
  handle: TDbHandle,
  game: TGameRow,
  action: THostAction,
  now: number = Date.now(),
): Promise<TTransition> {
  return step(
    handle,
    game.id,
    game,
    async (row) => {
      const playerCount = action === "start" ? await activePlayerCount(handle.db, row.id) : 0;
      return applyHostAction(gameState(row), action, gameSettings(row).secondsPerQuestion ?? 0, { now, playerCount });
    },
    now,
  );
}

/** Closes question `index` if it is still open (its time ran out, or everyone answered). */
export async function closeQuestionIfOpen(
  handle: TDbHandle,
  gameId: string,
  index: number,
  now: number = Date.now(),
): Promise<void> {
  await step(handle, gameId, null, async (row) => closeQuestion(gameState(row), index), now);
}

/** Ends an assignment whose deadline has passed; returns the row as it is now. */
export async function endIfDeadlinePassed(handle: TDbHandle, game: TGameRow, now: number = Date.now()): Promise<TGameRow> {
  if (game.mode !== "assignment" || game.status === "ended" || !game.deadline || game.deadline.getTime() > now) return game;
  await step(handle, game.id, game, async (row) => applyHostAction(gameState(row), "end", 0, { now, playerCount: 0 }), now);
  return (await findGame(handle.db, game.id)) ?? game;
}

export async function kickPlayer(handle: TDbHandle, gameId: string, gamePlayerId: string): Promise<boolean> {
  if (!(await kickGamePlayer(handle.db, gameId, gamePlayerId))) return false;
  await publishGameEvent(gameId, { t: "kicked", id: gamePlayerId, n: await activePlayerCount(handle.db, gameId) });
  return true;
}
