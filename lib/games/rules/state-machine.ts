// The flow of a live game as a pure function of (state, action, now): what a host action or the clock does to
// the game, or why it may not. The data module applies the result with a guarded write (same version), so two
// instances racing for one step cannot both take it.
import type { TGameState, THostAction } from "@/lib/games/types";
import { ANSWER_GRACE_MS } from "@/lib/answering/rules/answer-time";

export type TTransition = { ok: true; state: TGameState } | { ok: false; status: 409; code: string; message: string };

type TContext = { now: number; playerCount: number };

const refuse = (code: string, message: string): TTransition => ({ ok: false, status: 409, code, message });

function durationMs(state: TGameState, seconds: number): number {
  return state.mode === "live" ? seconds * 1000 : 0;
}

/** Opens question `index` now: the server stamps its start and end. */
export function openQuestion(state: TGameState, index: number, seconds: number, now: number): TGameState {
  return {
    ...state,
    status: "question",
    currentIndex: index,
    questionStartedAt: now,
    questionEndsAt: now + durationMs(state, seconds),
    pausedRemainingMs: null,
    version: state.version + 1,
  };
}

function ended(state: TGameState): TGameState {
  return { ...state, status: "ended", pausedRemainingMs: null, version: state.version + 1 };
}

function closed(state: TGameState): TGameState {
  return { ...state, status: "reveal", pausedRemainingMs: null, version: state.version + 1 };
}

/** A host action applied to the game, or the reason it does not apply in the game's current state. */
export function applyHostAction(
  state: TGameState,
  action: THostAction,
  seconds: number,
  { now, playerCount }: TContext,
): TTransition {
  if (state.status === "ended") return refuse("game_ended", "the game has ended");
  switch (action) {
    case "lock":
    case "unlock":
      return { ok: true, state: { ...state, locked: action === "lock", version: state.version + 1 } };
    case "end":
      return { ok: true, state: ended(state) };
  }
  if (state.mode === "assignment")
    return refuse("not_live", "an assignment runs at each player's pace; it can only be locked or ended");
  switch (action) {
    case "start":
      if (state.status !== "lobby") return refuse("already_started", "the game has already started");
      if (playerCount < 1) return refuse("no_players", "wait until at least one player has joined");
      return { ok: true, state: openQuestion(state, 0, seconds, now) };
    case "next":
      if (state.status !== "reveal") return refuse("not_revealed", "close the question (skip) before moving on");
      if (state.currentIndex + 1 >= state.questionCount) return { ok: true, state: ended(state) };
      return { ok: true, state: openQuestion(state, state.currentIndex + 1, seconds, now) };
    case "skip":
      if (state.status !== "question" && state.status !== "paused") return refuse("no_open_question", "no question is open");
      return { ok: true, state: closed(state) };
    case "pause":
      if (state.status !== "question") return refuse("no_open_question", "only an open question can be paused");
      return {
        ok: true,
        state: {
          ...state,
          status: "paused",
          pausedRemainingMs: Math.max(0, (state.questionEndsAt ?? now) - now),
          version: state.version + 1,
        },
      };
    case "resume": {
      if (state.status !== "paused") return refuse("not_paused", "the game is not paused");
      const remaining = state.pausedRemainingMs ?? 0;
      const total = durationMs(state, seconds);
      return {
        ok: true,
        // The start moves by the length of the pause, so time spent paused never counts against an answer.
        state: {
          ...state,
          status: "question",
          questionStartedAt: now - (total - remaining),
          questionEndsAt: now + remaining,
          pausedRemainingMs: null,
          version: state.version + 1,
        },
      };
    }
  }
}

/** The clock closes question `index` (its time ran out, or everyone answered); stale requests change nothing. */
export function closeQuestion(state: TGameState, index: number): TTransition {
  if (state.mode !== "live" || state.currentIndex !== index || (state.status !== "question" && state.status !== "paused")) {
    return refuse("not_open", `question ${index + 1} is not open`);
  }
  return { ok: true, state: closed(state) };
}

export type TAnswerWindow = { open: true } | { open: false; code: string; message: string };

/** Whether an answer to question `index` received at `now` may count. */
export function answerWindow(state: TGameState, index: number, now: number, graceMs: number = ANSWER_GRACE_MS): TAnswerWindow {
  if (state.status === "ended") return { open: false, code: "game_ended", message: "the game has ended" };
  if (state.mode === "assignment") {
    if (state.deadline !== null && now > state.deadline)
      return { open: false, code: "deadline_passed", message: "the deadline has passed" };
    return { open: true };
  }
  if (state.status === "lobby") return { open: false, code: "not_started", message: "the game has not started yet" };
  if (index !== state.currentIndex) {
    return {
      open: false,
      code: "not_current_question",
      message: `question ${index + 1} is not the current question (${state.currentIndex + 1})`,
    };
  }
  if (state.status === "paused")
    return { open: false, code: "game_paused", message: "the game is paused; answer when it goes on" };
  if (state.status !== "question" || (state.questionEndsAt !== null && now > state.questionEndsAt + graceMs)) {
    return { open: false, code: "question_closed", message: "the time for this question is up; your answer was not counted" };
  }
  return { open: true };
}

/** Milliseconds left on the current question (0 when closed); a paused question keeps what it had. */
export function remainingMs(state: TGameState, now: number): number {
  if (state.status === "paused") return state.pausedRemainingMs ?? 0;
  if (state.status !== "question" || state.questionEndsAt === null) return 0;
  return Math.max(0, state.questionEndsAt - now);
}
