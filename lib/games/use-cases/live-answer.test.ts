// Live answer times cannot be forged by keeping the stream closed or the pong back: a student who reads the
// question off the projector and connects late is measured from the question's opening, and a round trip
// measured after the opening grants no network allowance.
import { describe, expect, it } from "vitest";
import { sampleQuestion } from "@/lib/games/testing/sample-questions";
import { smoothRtt } from "@/lib/answering/rules/live-timing";
import { sendPlayerSnapshot } from "./views";
import { GameRoom, type TPlayerSlot } from "./room";
import { receiveLiveAnswer } from "./live-answer";
import type { TGameRow } from "@/lib/games/queries/games";
import type { TDb } from "@/lib/platform/db/client";

const OPENED = Date.parse("2026-11-30T09:00:00Z");
const question = sampleQuestion("single");

function openRoom(): GameRoom {
  const row = {
    id: "game-1",
    pin: "123456",
    hostHash: "h",
    mode: "live",
    setId: "all",
    groupId: null,
    settings: JSON.stringify({ questionCount: 1, secondsPerQuestion: 20, scoring: "speed", shuffle: false, maxPlayers: 50 }),
    questionIds: JSON.stringify([question.id]),
    status: "question",
    locked: false,
    currentIndex: 0,
    questionStartedAt: new Date(OPENED),
    questionEndsAt: new Date(OPENED + 20_000),
    pausedRemainingMs: null,
    deadline: null,
    version: 1,
    createdAt: new Date(OPENED - 60_000),
    endedAt: null,
    postedAt: null,
    ownerId: null,
  } satisfies TGameRow;
  return new GameRoom(row, [question], () => undefined);
}

function slot(id: string): TPlayerSlot {
  return { id, nickname: id, secretHash: "x", kicked: false, writers: new Set() };
}

async function answerAt(room: GameRoom, player: TPlayerSlot, at: number, timeMs: number) {
  const stored: number[] = [];
  const enqueue = async (item: { timeMs: number }) => {
    stored.push(item.timeMs);
    return { status: "stored" as const, bonus: 0 };
  };
  const live = { room, answers: { enqueue }, counts: { poke: () => undefined } };
  const reply = await receiveLiveAnswer(live as never, player, { questionIndex: 0, answer: question.answer, timeMs }, at);
  expect(reply.status).toBe(201);
  return stored[0]!;
}

describe("live answer timing", () => {
  it("measures a student who connects late from the opening, like everyone else", async () => {
    const room = openRoom();
    const honest = slot("honest");
    const late = slot("late");
    // The honest player's stream was open: the fan-out wrote the question 20 ms after the opening.
    room.noteDelivery(honest, OPENED + 20);
    // The late one connects 10 s in (having read the question off the projector) and gets the snapshot.
    const noDb = { gameAnswer: { findUnique: async () => null } } as unknown as TDb;
    await sendPlayerSnapshot(room, noDb, late, () => undefined, OPENED + 10_000);
    const lateTime = await answerAt(room, late, OPENED + 10_100, 59);
    const honestTime = await answerAt(room, honest, OPENED + 10_100, 10_050);
    expect(lateTime).toBeGreaterThanOrEqual(honestTime - 50);
    expect(lateTime).toBeGreaterThan(9_000);
  });

  it("grants the network allowance only for a round trip measured before the opening", async () => {
    const room = openRoom();
    const prompt = slot("prompt");
    const tardy = slot("tardy");
    const silent = slot("silent");
    room.pong(prompt, room.newPing(prompt, OPENED - 5_000), OPENED - 4_900, smoothRtt);
    room.pong(tardy, room.newPing(tardy, OPENED - 5_000), OPENED + 2_000, smoothRtt);
    for (const each of [prompt, tardy, silent]) room.noteDelivery(each, OPENED + 10);
    const at = OPENED + 3_010;
    const [promptTime, tardyTime, silentTime] = [
      await answerAt(room, prompt, at, 1_000),
      await answerAt(room, tardy, at, 1_000),
      await answerAt(room, silent, at, 1_000),
    ];
    // 100 ms round trip + 150 ms margin may come off the 3 s the server saw; the others get nothing off.
    expect(promptTime).toBe(2_750);
    expect(tardyTime).toBe(3_000);
    expect(silentTime).toBe(3_000);
  });
});
