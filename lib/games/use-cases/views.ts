// What the streams of one game get: on connect a snapshot (host: the whole picture; player: where the game is
// and their own part in it), and after each step what changed. A question goes to all players as one encoded
// event; a reveal is read from the database once and handed out per player.
import type { TDb } from "@/lib/platform/db/client";
import { lobbyPlayers } from "@/lib/games/queries/game-players";
import { activePlayerCount } from "@/lib/games/queries/games";
import { gamePlayerLines, playerAnswer, questionResults } from "@/lib/games/queries/game-results";
import { LOBBY_RECENT, type THostSnapshot } from "@/lib/games/events";
import { buildFinal, buildReveal, type TFinal, type TReveal } from "@/lib/games/rules/reveal";
import { remainingMs } from "@/lib/games/rules/state-machine";
import type { TGameState } from "@/lib/games/types";
import { liveGameInfo, type GameRoom, type TPlayerSlot } from "./room";

async function ensureReveal(room: GameRoom, db: TDb): Promise<TReveal> {
  const index = room.state.currentIndex;
  if (room.reveal?.index === index) return room.reveal.data;
  const { answers, players } = await questionResults(db, room.id, index);
  const data = buildReveal({ index, question: room.questions[index]!, playable: room.playables[index]!, answers, players });
  room.reveal = { index, data };
  return data;
}

async function ensureFinal(room: GameRoom, db: TDb): Promise<TFinal> {
  room.final ??= buildFinal(await gamePlayerLines(db, room.id));
  return room.final;
}

/** Answers to a question from players still in the game (a removed player's answer no longer counts). */
export function answeredCount(db: TDb, gameId: string, index: number): Promise<number> {
  return db.gameAnswer.count({ where: { gameId, questionIndex: index, gamePlayer: { kicked: false } } });
}

export function finishedCount(db: TDb, gameId: string): Promise<number> {
  return db.gamePlayer.count({ where: { gameId, kicked: false, finishedAt: { not: null } } });
}

export async function hostSnapshot(room: GameRoom, db: TDb, now: number): Promise<THostSnapshot> {
  const { state } = room;
  const { players: recent, total } = await lobbyPlayers(db, room.id, LOBBY_RECENT);
  const snapshot: THostSnapshot = {
    game: { ...liveGameInfo(state), pin: room.row.pin, setId: room.row.setId, settings: room.settings, deadline: state.deadline },
    lobby: { total, recent },
  };
  if (state.mode === "assignment") {
    snapshot.finished = await finishedCount(db, room.id);
  } else if (state.status === "question" || state.status === "paused") {
    snapshot.question = {
      index: state.currentIndex,
      question: room.playables[state.currentIndex]!,
      durationMs: room.durationMs,
      remainingMs: remainingMs(state, now),
      answered: await answeredCount(db, room.id, state.currentIndex),
    };
  } else if (state.status === "reveal") {
    snapshot.reveal = (await ensureReveal(room, db)).host;
  }
  if (state.status === "ended") {
    const final = await ensureFinal(room, db);
    snapshot.final = { standings: final.standings, playerCount: final.playerCount };
  }
  return snapshot;
}

/** Sends a player stream where the game is now, as its own events would have (for a reconnect). */
export async function sendPlayerSnapshot(
  room: GameRoom,
  db: TDb,
  slot: TPlayerSlot,
  send: (event: string, data: unknown) => void,
  now: number,
): Promise<void> {
  const { state } = room;
  const game = liveGameInfo(state);
  if (state.status === "question" || state.status === "paused") {
    const answered = slot.answeredIndex === state.currentIndex || Boolean(await playerAnswer(db, slot.id, state.currentIndex));
    send("question", room.questionEvent(now, answered));
    if (state.status === "paused") send("paused", { game, remainingMs: remainingMs(state, now) });
    return;
  }
  if (state.status === "reveal") {
    const result = (await ensureReveal(room, db)).resultFor(slot.id);
    // A player who joined during the reveal waits for the next question.
    if (result) return send("result", { game, question: room.playables[state.currentIndex], result });
  }
  if (state.status === "ended") {
    const place = (await ensureFinal(room, db)).placeOf(slot.id);
    if (place) return send("final", { game, ...place });
  }
  if (state.status !== "lobby") return send("lobby", { game });
  // The phone's lobby says how many are in: counted once per room, then kept current by the join events.
  room.playerTotal ??= await activePlayerCount(db, room.id);
  send("lobby", { game, players: room.playerTotal });
}

/** Tells every stream here what a step changed. */
export async function announceStep(room: GameRoom, db: TDb, previous: TGameState, now: number): Promise<void> {
  const { state } = room;
  const game = liveGameInfo(state);
  const sameQuestion = previous.currentIndex === state.currentIndex;
  if (state.status === "question" && previous.status === "paused" && sameQuestion) {
    await room.broadcastToPlayers("resumed", { game, remainingMs: remainingMs(state, now) });
  } else if (state.status === "question" && !(previous.status === "question" && sameQuestion)) {
    await room.broadcastToPlayers("question", room.questionEvent(now, false), (slot, at) => room.noteDelivery(slot, at));
  } else if (state.status === "paused" && previous.status !== "paused") {
    await room.broadcastToPlayers("paused", { game, remainingMs: remainingMs(state, now) });
  } else if (state.status === "reveal" && previous.status !== "reveal") {
    const reveal = await ensureReveal(room, db);
    const question = room.playables[state.currentIndex];
    await room.sendToEachPlayer((slot) => {
      const result = reveal.resultFor(slot.id);
      return result ? { event: "result", data: { game, question, result } } : undefined;
    });
  } else if (state.status === "ended" && previous.status !== "ended") {
    const final = await ensureFinal(room, db);
    await room.sendToEachPlayer((slot) => {
      const place = final.placeOf(slot.id);
      return place ? { event: "final", data: { game, ...place } } : { event: "lobby", data: { game } };
    });
  }
  if (room.hosts.size) room.sendToHosts("state", await hostSnapshot(room, db, now));
}
