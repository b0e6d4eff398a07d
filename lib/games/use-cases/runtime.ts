// The live games this process holds: one room per game with at least one stream here (or work to do), each
// subscribed to its game's channel on the event bus. Steps are applied in order per room; answer counts and
// lobby changes go to the host coalesced. Kept on globalThis: Next.js bundles may load this module twice.
import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { sealedGameQuestions } from "./game-questions";
import { activePlayerCount, findGame, type TGameRow } from "@/lib/games/queries/games";
import type { TLobbyEvent } from "@/lib/games/events";
import { getEventBus } from "@/lib/platform/realtime/bus";
import type { TSseWriter } from "@/lib/platform/realtime/sse";
import { gameChannel, publishGameEvent, type TBusEvent } from "./bus-events";
import type { TAnswerOutcome, TGradedAnswer } from "@/lib/games/queries/game-answers";
import { writeAnswerBatch } from "./live-answer";
import { joinGamePlayers, type TJoinInput, type TJoinResult } from "@/lib/games/queries/game-players";
import { Coalescer } from "@/lib/platform/realtime/coalescer";
import { GroupCommit } from "@/lib/platform/db/group-commit";
import { GameRoom, type TPlayerSlot } from "./room";
import { forgetRecentGame } from "./recent-pins";
import { closeQuestionIfOpen, endIfDeadlinePassed } from "./steps";
import { announceStep, answeredCount, finishedCount, hostSnapshot, sendPlayerSnapshot } from "./views";

/** Host updates at most this often: about four a second. */
export const HOST_UPDATE_MS = 250;
/** The phones' lobby count at most this often: one fan-out a second however fast the class joins. */
export const PLAYER_LOBBY_MS = 1_000;
const IDLE_EVICT_MS = 120_000;
/** A join waits this long for others to be written with it (GroupCommit's linger). */
const JOIN_LINGER_MS = 50;

export type TLiveGame = {
  room: GameRoom;
  /** Answers are written in group commits: one transaction per burst, not per answer. */
  answers: GroupCommit<TGradedAnswer, TAnswerOutcome>;
  /** Joins too: a class arriving at once is written in a few transactions, not one per student. */
  joins: GroupCommit<TQueuedJoin, TJoinResult>;
  counts: Coalescer;
  lobby: Coalescer;
  /** How many are in, to the phones waiting in the lobby (one event, encoded once, per tick). */
  phoneLobby: Coalescer;
  lobbyChanges: TLobbyEvent;
  queue: Promise<void>;
  unsubscribe: () => void;
};

/** A join with the game row it was checked against (the newest of a batch is the one written with). */
export type TQueuedJoin = { game: TGameRow; input: TJoinInput };

type TRuntime = { games: Map<string, Promise<TLiveGame | undefined>>; sweeper?: ReturnType<typeof setInterval> };
const globalForLive = globalThis as typeof globalThis & { __quizLive?: TRuntime };
const runtime = (): TRuntime => (globalForLive.__quizLive ??= { games: new Map() });

const logError = (what: string) => (error: unknown) =>
  console.error(`live ${what}: ${error instanceof Error ? error.message : String(error)}`);

function onBusEvent(live: TLiveGame, event: TBusEvent): void {
  const { room } = live;
  switch (event.t) {
    case "state":
      forgetRecentGame(room.id);
      live.queue = live.queue
        .then(async () => {
          const previous = room.state;
          if (room.accept(event)) await announceStep(room, getDb(), previous, Date.now());
        })
        .catch(logError("step"));
      return;
    case "joined":
      if (live.lobbyChanges.joined.length < 200) live.lobbyChanges.joined.push(event.p);
      live.lobbyChanges.total = event.n;
      live.lobby.poke();
      room.playerTotal = event.n;
      live.phoneLobby.poke();
      return;
    case "kicked": {
      const slot = room.slots.get(event.id);
      if (slot) {
        slot.kicked = true;
        for (const writer of [...slot.writers]) {
          writer.send("kicked", {});
          writer.close();
        }
      }
      live.lobbyChanges.removed.push(event.id);
      live.lobbyChanges.total = event.n;
      live.lobby.poke();
      room.playerTotal = event.n;
      live.phoneLobby.poke();
      return;
    }
    case "count":
      room.sendToHosts("count", {
        index: event.i,
        answered: event.a,
        players: event.n,
        ...(event.f !== undefined ? { finished: event.f } : {}),
      });
      return;
  }
}

/** Counts what was answered (from the database, so every instance's answers count) and tells the host. */
async function publishCounts(live: TLiveGame): Promise<void> {
  const { room } = live;
  const db = getDb();
  const { status, currentIndex, mode } = room.state;
  const players = await activePlayerCount(db, room.id);
  if (mode === "assignment") {
    await publishGameEvent(room.id, { t: "count", i: -1, a: 0, n: players, f: await finishedCount(db, room.id) });
    return;
  }
  if (status !== "question" && status !== "paused") return;
  const answered = await answeredCount(db, room.id, currentIndex);
  await publishGameEvent(room.id, { t: "count", i: currentIndex, a: answered, n: players });
  // Everyone has answered: no need to wait for the clock.
  if (status === "question" && players > 0 && answered >= players)
    await closeQuestionIfOpen(getDbHandle(), room.id, currentIndex);
}

async function openGame(gameId: string): Promise<TLiveGame | undefined> {
  const row = await findGame(getDb(), gameId);
  if (!row) return undefined;
  const questions = (await sealedGameQuestions(getDb(), row)).filter((question) => question !== undefined);
  const onClock = async (index: number) => {
    if (index >= 0) return closeQuestionIfOpen(getDbHandle(), gameId, index);
    const fresh = await findGame(getDb(), gameId);
    if (fresh) await endIfDeadlinePassed(getDbHandle(), fresh);
  };
  const room = new GameRoom(row, questions, (_room, index) => void onClock(index).catch(logError("clock")));
  const live: TLiveGame = {
    room,
    answers: new GroupCommit((items) => writeAnswerBatch(getDbHandle(), room, items)),
    joins: new GroupCommit(
      async (items) => {
        const results = await joinGamePlayers(
          getDbHandle(),
          items.at(-1)!.game,
          items.map((item) => item.input),
        );
        // The new players' streams connect next: their credentials are known, no need to read them back.
        for (let i = 0; i < results.length; i++) {
          const result = results[i]!;
          if (result.ok) room.admit(result.player, result.secret);
        }
        return results;
      },
      200,
      JOIN_LINGER_MS,
    ),
    counts: new Coalescer(HOST_UPDATE_MS, () => publishCounts(live)),
    lobby: new Coalescer(HOST_UPDATE_MS, () => {
      const changes = live.lobbyChanges;
      live.lobbyChanges = { joined: [], removed: [], total: changes.total };
      room.sendToHosts("lobby", changes);
    }),
    phoneLobby: new Coalescer(PLAYER_LOBBY_MS, () => {
      if (room.state.status === "lobby" && room.playerTotal !== undefined)
        void room.broadcastToPlayers("players", { total: room.playerTotal });
    }),
    lobbyChanges: { joined: [], removed: [], total: 0 },
    queue: Promise.resolve(),
    unsubscribe: () => undefined,
  };
  live.unsubscribe = (await getEventBus()).subscribe(gameChannel(gameId), (event) => onBusEvent(live, event as TBusEvent));
  startSweeper();
  return live;
}

/** The game's room in this process, opened (and subscribed) on first use; undefined for an unknown game. */
export function getLiveGame(gameId: string): Promise<TLiveGame | undefined> {
  const games = runtime().games;
  let found = games.get(gameId);
  if (!found) {
    found = openGame(gameId);
    games.set(gameId, found);
    found.then((live) => !live && games.delete(gameId)).catch(() => games.delete(gameId));
  }
  return found;
}

/** Rooms nobody here has watched for a while are closed; the next connection opens them again from the database. */
function startSweeper(): void {
  const state = runtime();
  if (state.sweeper) return;
  state.sweeper = setInterval(() => {
    const now = Date.now();
    for (const [id, pending] of state.games) {
      void pending.then((live) => {
        if (!live || live.room.connectionCount > 0 || now - live.room.idleSince < IDLE_EVICT_MS) return;
        state.games.delete(id);
        live.unsubscribe();
        live.counts.cancel();
        live.lobby.cancel();
        live.phoneLobby.cancel();
        live.room.dispose();
      });
    }
  }, 30_000);
  state.sweeper.unref?.();
}

/** A player's stream: a ping to measure the round trip, then where the game is; events follow as steps happen. */
export async function connectPlayer(live: TLiveGame, slot: TPlayerSlot, writer: TSseWriter): Promise<() => void> {
  const { room } = live;
  const now = Date.now();
  slot.writers.add(writer);
  room.idleSince = now;
  writer.send("hello", { me: { id: slot.id, nickname: slot.nickname }, pingId: room.newPing(slot, now), serverNow: now });
  // In the room's queue, so a step being announced right now cannot be overtaken by an older snapshot.
  live.queue = live.queue
    .then(() => sendPlayerSnapshot(room, getDb(), slot, writer.send, Date.now()))
    .catch(logError("snapshot"));
  return () => {
    slot.writers.delete(writer);
    room.idleSince = Date.now();
  };
}

export async function connectHost(live: TLiveGame, writer: TSseWriter): Promise<() => void> {
  const { room } = live;
  room.hosts.add(writer);
  room.idleSince = Date.now();
  live.queue = live.queue
    .then(async () => writer.send("state", await hostSnapshot(room, getDb(), Date.now())))
    .catch(logError("host snapshot"));
  return () => {
    room.hosts.delete(writer);
    room.idleSince = Date.now();
  };
}

/** For tests: closes every room of this process. */
export async function closeAllLiveGames(): Promise<void> {
  const state = runtime();
  clearInterval(state.sweeper);
  state.sweeper = undefined;
  for (const pending of state.games.values()) {
    const live = await pending.catch(() => undefined);
    live?.unsubscribe();
    live?.counts.cancel();
    live?.lobby.cancel();
    live?.phoneLobby.cancel();
    live?.room.dispose();
  }
  state.games.clear();
}
