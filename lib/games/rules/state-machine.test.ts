import { describe, expect, it } from "vitest";
import { ANSWER_GRACE_MS } from "@/lib/answering/rules/answer-time";
import { answerWindow, applyHostAction, closeQuestion, remainingMs } from "./state-machine";
import type { TGameState } from "@/lib/games/types";

const lobby: TGameState = {
  id: "g",
  mode: "live",
  status: "lobby",
  questionCount: 2,
  currentIndex: -1,
  questionStartedAt: null,
  questionEndsAt: null,
  pausedRemainingMs: null,
  locked: false,
  deadline: null,
  version: 0,
};
const ctx = (now: number, playerCount = 3) => ({ now, playerCount });

function step(state: TGameState, action: Parameters<typeof applyHostAction>[1], now: number): TGameState {
  const result = applyHostAction(state, action, 20, ctx(now));
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

describe("a live game's flow", () => {
  it("runs lobby → question → reveal → question → reveal → ended, stamping each question on the server clock", () => {
    const q1 = step(lobby, "start", 1_000);
    expect(q1).toMatchObject({
      status: "question",
      currentIndex: 0,
      questionStartedAt: 1_000,
      questionEndsAt: 21_000,
      version: 1,
    });
    const r1 = step(q1, "skip", 5_000);
    expect(r1).toMatchObject({ status: "reveal", currentIndex: 0, version: 2 });
    const q2 = step(r1, "next", 9_000);
    expect(q2).toMatchObject({ status: "question", currentIndex: 1, questionStartedAt: 9_000, questionEndsAt: 29_000 });
    const r2 = closeQuestion(q2, 1);
    expect(r2).toMatchObject({ ok: true, state: { status: "reveal" } });
    const end = step((r2 as { state: TGameState }).state, "next", 40_000);
    expect(end.status).toBe("ended");
  });

  it("refuses to start without players, twice, or to go on from an open question", () => {
    expect(applyHostAction(lobby, "start", 20, ctx(0, 0))).toMatchObject({ ok: false, code: "no_players" });
    const q1 = step(lobby, "start", 0);
    expect(applyHostAction(q1, "start", 20, ctx(1))).toMatchObject({ ok: false, code: "already_started" });
    expect(applyHostAction(q1, "next", 20, ctx(1))).toMatchObject({ ok: false, code: "not_revealed" });
    expect(applyHostAction(lobby, "skip", 20, ctx(1))).toMatchObject({ ok: false, code: "no_open_question" });
  });

  it("keeps the remaining time over a pause and moves the start so the pause never counts", () => {
    const q1 = step(lobby, "start", 0);
    const paused = step(q1, "pause", 8_000);
    expect(paused).toMatchObject({ status: "paused", pausedRemainingMs: 12_000 });
    expect(remainingMs(paused, 60_000)).toBe(12_000);
    const resumed = step(paused, "resume", 50_000);
    expect(resumed).toMatchObject({
      status: "question",
      questionStartedAt: 42_000,
      questionEndsAt: 62_000,
      pausedRemainingMs: null,
    });
    expect(applyHostAction(resumed, "resume", 20, ctx(1))).toMatchObject({ ok: false, code: "not_paused" });
  });

  it("locks and ends from any state but refuses everything once ended", () => {
    const locked = step(lobby, "lock", 0);
    expect(locked.locked).toBe(true);
    expect(step(locked, "unlock", 0).locked).toBe(false);
    const ended = step(locked, "end", 0);
    expect(applyHostAction(ended, "lock", 20, ctx(0))).toMatchObject({ ok: false, code: "game_ended" });
  });

  it("does not let a stale clock close a question that has moved on", () => {
    const q1 = step(lobby, "start", 0);
    const r1 = step(q1, "skip", 1);
    expect(closeQuestion(r1, 0)).toMatchObject({ ok: false });
    const q2 = step(r1, "next", 2);
    expect(closeQuestion(q2, 0)).toMatchObject({ ok: false });
  });

  it("only locks and ends an assignment", () => {
    const open: TGameState = { ...lobby, mode: "assignment", status: "open" };
    expect(applyHostAction(open, "start", 20, ctx(0))).toMatchObject({ ok: false, code: "not_live" });
    expect(step(open, "end", 0).status).toBe("ended");
  });
});

describe("answerWindow", () => {
  const q1 = step(lobby, "start", 0);
  it("accepts the current question until its end plus the network grace", () => {
    expect(answerWindow(q1, 0, 20_000)).toEqual({ open: true });
    expect(answerWindow(q1, 0, 20_000 + ANSWER_GRACE_MS)).toEqual({ open: true });
    expect(answerWindow(q1, 0, 20_001 + ANSWER_GRACE_MS)).toMatchObject({ open: false, code: "question_closed" });
  });
  it("refuses another question, a closed one, a paused game and an ended one, saying which", () => {
    expect(answerWindow(q1, 1, 100)).toMatchObject({ open: false, code: "not_current_question" });
    expect(answerWindow(step(q1, "skip", 100), 0, 200)).toMatchObject({ open: false, code: "question_closed" });
    expect(answerWindow(step(q1, "pause", 100), 0, 200)).toMatchObject({ open: false, code: "game_paused" });
    expect(answerWindow(step(q1, "end", 100), 0, 200)).toMatchObject({ open: false, code: "game_ended" });
    expect(answerWindow(lobby, 0, 0)).toMatchObject({ open: false, code: "not_started" });
  });
  it("keeps an assignment open until its deadline", () => {
    const open: TGameState = { ...lobby, mode: "assignment", status: "open", deadline: 5_000 };
    expect(answerWindow(open, 3, 5_000)).toEqual({ open: true });
    expect(answerWindow(open, 3, 5_001)).toMatchObject({ open: false, code: "deadline_passed" });
  });
});
