// One live answer: checked against the open question and the server's clock, graded, written with the batch it
// arrived in, and acknowledged to its player only. The host learns of it through the coalesced count; the other
// players not at all (right or wrong is shown to everyone together when the question closes).
import type { TDbHandle } from "@/lib/platform/db/client";
import { storeLiveAnswers, type TAnswerOutcome, type TGradedAnswer } from "@/lib/games/queries/game-answers";
import { streakBonus } from "@/lib/scoring/rules/points";
import { scoreQuestionAnswer } from "@/lib/answering/rules/score-answer";
import { answerWindow } from "@/lib/games/rules/state-machine";
import { liveAnswerTime } from "@/lib/answering/rules/live-timing";
import { AnswerShapeError } from "@/lib/scoring/rules/grade";
import { type TAnswerValue } from "@/lib/scoring/types";
import type { GameRoom, TPlayerSlot } from "./room";

export type TAnswerReply =
  | { status: number; body: { status: "received" | "duplicate"; questionIndex: number } }
  | { status: number; code: string; message: string; field?: string };

/** Writes one batch, question by question (a batch straddles a question change only at its very edge). */
export async function writeAnswerBatch(handle: TDbHandle, room: GameRoom, items: TGradedAnswer[]): Promise<TAnswerOutcome[]> {
  const outcomes = new Map<TGradedAnswer, TAnswerOutcome>();
  for (const index of new Set(items.map((item) => item.questionIndex))) {
    const group = items.filter((item) => item.questionIndex === index);
    const results = await storeLiveAnswers(
      handle,
      room.id,
      index,
      (streak) => streakBonus(streak, room.settings.scoring),
      group,
      (id) => room.knownStreak(id, index),
    );
    group.forEach((item, i) => outcomes.set(item, results[i]!));
  }
  return items.map((item) => outcomes.get(item)!);
}

export async function receiveLiveAnswer(
  live: { room: GameRoom; answers: { enqueue: (item: TGradedAnswer) => Promise<TAnswerOutcome> }; counts: { poke: () => void } },
  slot: TPlayerSlot,
  input: { questionIndex: number; answer: TAnswerValue | null; timeMs?: number | null },
  receivedAt: number,
): Promise<TAnswerReply> {
  const { room } = live;
  const index = input.questionIndex;
  if (slot.kicked) return { status: 403, code: "player_removed", message: "you are no longer in this game" };
  const window = answerWindow(room.state, index, receivedAt);
  if (!window.open) return { status: 409, code: window.code, message: window.message, field: "questionIndex" };
  if (slot.answeredIndex === index) return { status: 200, body: { status: "duplicate", questionIndex: index } };

  const question = room.questions[index]!;
  const limitMs = room.durationMs;
  const openedAt = room.state.questionStartedAt ?? receivedAt;
  const time = liveAnswerTime({
    receivedAt,
    questionStartedAt: openedAt,
    deliveryLagMs: room.deliveryLag(slot),
    clientMs: input.timeMs ?? null,
    rttMs: room.rttFor(slot, openedAt),
    limitMs,
  });
  if (!time.ok) return { status: 422, code: "impossible_time", message: time.reason, field: "timeMs" };
  let score;
  try {
    score = scoreQuestionAnswer({
      question,
      answer: input.answer,
      timeMs: time.timeMs,
      limitMs,
      mode: room.settings.scoring,
      previousStreak: 0,
    });
  } catch (error) {
    if (error instanceof AnswerShapeError) {
      return {
        status: 400,
        code: "invalid_input",
        message: `answer: ${error.message} for a ${question.kind} question`,
        field: "answer",
      };
    }
    throw error;
  }

  const outcome = await live.answers.enqueue({
    gamePlayerId: slot.id,
    questionIndex: index,
    questionId: room.questionIds[index] ?? question.id,
    answerJson: JSON.stringify(input.answer),
    correct: score.correct,
    points: score.points,
    accuracyPoints: score.accuracyPoints,
    timeMs: time.timeMs,
    receivedAt: new Date(receivedAt),
  });
  if (outcome.status === "refused") return { status: 409, code: outcome.code, message: outcome.message };
  slot.answeredIndex = index;
  if (outcome.status === "duplicate") return { status: 200, body: { status: "duplicate", questionIndex: index } };
  live.counts.poke();
  return { status: 201, body: { status: "received", questionIndex: index } };
}
