// One live game as this process sees it: the state (kept current by the event bus, never by polling), the
// streams of its players and host connected here, the players' credentials and round trips, and the timers that
// close a question when its time is up. Every instance holding the game gets every step through the bus, so
// players connected to any instance see the same game.
import { randomBytes } from "node:crypto";
import { playableQuestion, type TPlayableQuestion } from "@/questions/present";
import type { TStoredQuestion } from "@/questions/types";
import type { TDb } from "@/lib/platform/db/client";
import { findGamePlayer } from "@/lib/games/queries/game-players";
import { gameQuestionIds, gameSettings, gameState, type TGameRow } from "@/lib/games/queries/games";
import type { TQuestionEvent, TLiveGameInfo } from "@/lib/games/events";
import type { TFinal, TReveal } from "@/lib/games/rules/reveal";
import { playerOrder } from "@/lib/games/rules/player-order";
import { ANSWER_GRACE_MS } from "@/lib/answering/rules/answer-time";
import { remainingMs } from "@/lib/games/rules/state-machine";
import type { TGameSettings, TGameState } from "@/lib/games/types";
import { secretMatches } from "@/lib/platform/crypto/identity";
import { encodeSseEvent, type TSseWriter } from "@/lib/platform/realtime/sse";
import { inSlices } from "@/lib/platform/realtime/slices";
import type { TBusEvent } from "./bus-events";

export type TPlayerSlot = {
  id: string;
  nickname: string;
  secretHash: string;
  kicked: boolean;
  /** The secret last checked against the hash: the same one again needs no hashing. */
  verifiedSecret?: string;
  writers: Set<TSseWriter>;
  /** The ping sent on the latest connect, answered by the browser's pong. */
  ping?: { id: string; sentAt: number };
  rttMs?: number;
  /** When the round trip was last measured (a pong after the question opened does not count for it). */
  rttAt?: number;
  /** How long after the opening this process first wrote question `lag.index` to the player. */
  lag?: { index: number; ms: number };
  /** The question whose answer this process has stored for the player (a fast duplicate check). */
  answeredIndex?: number;
};

export function liveGameInfo(state: TGameState): TLiveGameInfo {
  const { id, mode, status, questionCount, currentIndex, locked, version } = state;
  return { id, mode, status, questionCount, currentIndex, locked, version };
}

export class GameRoom {
  state: TGameState;
  readonly settings: TGameSettings;
  readonly playables: TPlayableQuestion[];
  /** The bank's ids of the questions, in order (the questions themselves carry the game's sealed ids). */
  readonly questionIds: readonly string[];
  readonly hosts = new Set<TSseWriter>();
  readonly slots = new Map<string, TPlayerSlot>();
  /** The reveal and the final standings of the current step, computed once and reused for reconnects. */
  reveal?: { index: number; data: TReveal };
  final?: TFinal;
  /** Players in the game (not removed), for the phones' lobby: counted once, then kept by the bus's join events. */
  playerTotal?: number;
  idleSince = Date.now();
  private closeTimer?: ReturnType<typeof setTimeout>;

  constructor(
    readonly row: TGameRow,
    readonly questions: TStoredQuestion[],
    private readonly onClockClose: (room: GameRoom, index: number) => void,
  ) {
    this.state = gameState(row);
    this.settings = gameSettings(row);
    this.questionIds = gameQuestionIds(row);
    // Everyone sees the options in the same order (the projector's colours match the phones').
    this.playables = questions.map((question) => playableQuestion(question, row.id));
    this.armCloseTimer();
  }

  get id(): string {
    return this.state.id;
  }

  get durationMs(): number {
    return (this.settings.secondsPerQuestion ?? 0) * 1000;
  }

  get connectionCount(): number {
    let count = this.hosts.size;
    for (const slot of this.slots.values()) count += slot.writers.size;
    return count;
  }

  /** The player behind a game cookie, checked against the stored hash (cached after the first look-up). */
  async authenticate(db: TDb, gamePlayerId: string, secret: string): Promise<TPlayerSlot | undefined> {
    let slot = this.slots.get(gamePlayerId);
    if (!slot) {
      const row = await findGamePlayer(db, this.id, gamePlayerId);
      if (!row) return undefined;
      slot = this.slots.get(gamePlayerId) ?? {
        id: row.id,
        nickname: row.nickname,
        secretHash: row.secretHash,
        kicked: row.kicked,
        writers: new Set(),
      };
      this.slots.set(gamePlayerId, slot);
    }
    if (slot.verifiedSecret === secret) return slot;
    if (!secretMatches(secret, slot.secretHash)) return undefined;
    slot.verifiedSecret = secret;
    return slot;
  }

  /** A player who has just joined through this process: known, with the secret they were given. */
  admit(player: { id: string; nickname: string; secretHash: string }, secret: string): void {
    if (this.slots.has(player.id)) return;
    const { id, nickname, secretHash } = player;
    this.slots.set(id, { id, nickname, secretHash, kicked: false, verifiedSecret: secret, writers: new Set() });
  }

  newPing(slot: TPlayerSlot, now: number): string {
    slot.ping = { id: randomBytes(9).toString("base64url"), sentAt: now };
    return slot.ping.id;
  }

  /**
   * The round trip that may narrow the network allowance of an answer to the question that opened at
   * `openedAt`: measured before the opening, by a stream that was connected then; else none (no allowance).
   */
  rttFor(slot: TPlayerSlot, openedAt: number): number | undefined {
    return slot.rttAt !== undefined && slot.rttAt <= openedAt ? slot.rttMs : undefined;
  }

  /** The browser answered the ping: its round trip narrows the network allowance of its answers. */
  pong(
    slot: TPlayerSlot,
    pingId: string,
    now: number,
    smooth: (previous: number | undefined, sample: number) => number,
  ): boolean {
    if (slot.ping?.id !== pingId) return false;
    slot.rttMs = smooth(slot.rttMs, now - slot.ping.sentAt);
    slot.rttAt = now;
    slot.ping = undefined;
    return true;
  }

  /** A player's streak before question `index`, known when this room holds the reveal of the one before. */
  knownStreak(gamePlayerId: string, index: number): number | undefined {
    if (index === 0) return 0;
    return this.reveal?.index === index - 1 ? this.reveal.data.streakOf(gamePlayerId) : undefined;
  }

  /**
   * How long after the opening the fan-out wrote the current question to the player (0 if not from this process).
   * Only the fan-out at the opening counts: a stream that connects later is measured from the opening, so reading
   * the question off the projector and connecting then gains nothing.
   */
  deliveryLag(slot: TPlayerSlot): number {
    return slot.lag?.index === this.state.currentIndex ? slot.lag.ms : 0;
  }

  noteDelivery(slot: TPlayerSlot, now: number): void {
    if (slot.lag?.index === this.state.currentIndex || this.state.questionStartedAt === null) return;
    slot.lag = { index: this.state.currentIndex, ms: Math.max(0, now - this.state.questionStartedAt) };
  }

  /**
   * An assignment player's question at their own `position`: the game's index of it (answers are stored under
   * it), the question to grade, and how their phone shows it (options in their own order).
   */
  assignmentQuestion(
    gamePlayerId: string,
    position: number,
  ): { index: number; question: TStoredQuestion; playable: TPlayableQuestion } | undefined {
    const order = playerOrder({ gameId: this.id, gamePlayerId, count: this.questions.length, settings: this.settings });
    const index = order.questions[position];
    const question = index === undefined ? undefined : this.questions[index];
    if (index === undefined || !question) return undefined;
    const playable = order.optionSeed === this.id ? this.playables[index]! : playableQuestion(question, order.optionSeed);
    return { index, question, playable };
  }

  questionEvent(now: number, answered: boolean): TQuestionEvent | undefined {
    const question = this.playables[this.state.currentIndex];
    if (!question) return undefined;
    return {
      game: liveGameInfo(this.state),
      index: this.state.currentIndex,
      question,
      durationMs: this.durationMs,
      remainingMs: remainingMs(this.state, now),
      answered,
    };
  }

  /**
   * Sends one event, encoded once, to every player stream here, in slices (lib/platform/realtime/slices.ts);
   * `onEach` learns when each player's streams were written.
   */
  async broadcastToPlayers(event: string, data: unknown, onEach?: (slot: TPlayerSlot, at: number) => void): Promise<void> {
    const chunk = encodeSseEvent(event, data);
    await inSlices(this.slots.values(), (slot) => {
      if (!slot.writers.size) return;
      onEach?.(slot, Date.now());
      for (const writer of slot.writers) writer.sendEncoded(chunk);
    });
    this.idleSince = Date.now();
  }

  /** Sends each player stream here its own event (undefined: none), in slices. */
  async sendToEachPlayer(eventFor: (slot: TPlayerSlot) => { event: string; data: unknown } | undefined): Promise<void> {
    await inSlices(this.slots.values(), (slot) => {
      const own = slot.writers.size ? eventFor(slot) : undefined;
      if (own) for (const writer of slot.writers) writer.send(own.event, own.data);
    });
  }

  sendToHosts(event: string, data: unknown): void {
    if (!this.hosts.size) return;
    const chunk = encodeSseEvent(event, data);
    for (const writer of this.hosts) writer.sendEncoded(chunk);
  }

  /** Takes a newer state from the bus; false for a stale or repeated one. */
  accept(event: Extract<TBusEvent, { t: "state" }>): boolean {
    if (event.s.version <= this.state.version) return false;
    const movedOn = event.s.currentIndex !== this.state.currentIndex;
    this.state = event.s;
    if (movedOn) for (const slot of this.slots.values()) slot.answeredIndex = undefined;
    this.armCloseTimer();
    return true;
  }

  /**
   * The clock closes the open question at its end plus the network grace, and ends an assignment at its deadline
   * (on every instance holding the game; the first to write wins). Index -1 stands for the deadline.
   */
  private armCloseTimer(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
    const { mode, status, questionEndsAt, deadline, currentIndex } = this.state;
    let at: number | undefined;
    let index = currentIndex;
    if (mode === "live" && status === "question" && questionEndsAt !== null) at = questionEndsAt + ANSWER_GRACE_MS;
    if (mode === "assignment" && status === "open" && deadline !== null) [at, index] = [deadline + 1, -1];
    if (at === undefined) return;
    // setTimeout holds at most ~24.8 days; a later deadline is armed again when the room next opens.
    const delay = Math.min(Math.max(0, at - Date.now()), 2_000_000_000);
    this.closeTimer = setTimeout(() => this.onClockClose(this, index), delay);
    this.closeTimer.unref?.();
  }

  dispose(): void {
    clearTimeout(this.closeTimer);
    for (const writer of [...this.hosts]) writer.close();
    for (const slot of this.slots.values()) for (const writer of [...slot.writers]) writer.close();
  }
}
