// One answer in an assignment: graded at once against the player's own position, shown right away with the
// solution; the host's count of finished players is refreshed (coalesced). The next question is shown (and its
// clock started) when the phone asks for it.
import type { TAnswerFeedback } from "@/lib/answering/types";
import { submitAssignmentAnswer } from "./submit-assignment-answer";
import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { findGamePlayer } from "@/lib/games/queries/game-players";
import type { TMeView } from "@/lib/games/events";
import { answerWindow } from "@/lib/games/rules/state-machine";
import type { TAnswerValue } from "@/lib/scoring/types";
import { answeredView, meView } from "./me-view";
import { serveAssignmentQuestion } from "@/lib/games/queries/assignment-answers";
import type { TPlayerSlot } from "./room";
import type { TLiveGame } from "./runtime";
import { endIfDeadlinePassed } from "./steps";

export type TAssignmentReply =
  | { status: number; body: { duplicate: boolean; feedback: TAnswerFeedback; hasNext: boolean; view: TMeView } }
  | { status: number; code: string; message: string; field?: string };

export async function receiveAssignmentAnswer(
  live: TLiveGame,
  slot: TPlayerSlot,
  input: { questionIndex: number; answer: TAnswerValue | null; timeMs?: number | null },
  receivedAt: number,
): Promise<TAssignmentReply> {
  const { room } = live;
  await endIfDeadlinePassed(getDbHandle(), room.row, receivedAt);
  const window = answerWindow(room.state, input.questionIndex, receivedAt);
  if (!window.open) return { status: 409, code: window.code, message: window.message };
  const player = await findGamePlayer(getDb(), room.id, slot.id);
  // The question at the player's own position (the phone sends its position as `questionIndex`).
  const asked = room.assignmentQuestion(slot.id, input.questionIndex);
  if (!player) return { status: 401, code: "not_joined", message: "join the game with its PIN first" };
  if (!asked)
    return {
      status: 422,
      code: "question_not_in_attempt",
      message: `this assignment has ${room.questions.length} questions`,
      field: "questionIndex",
    };
  const result = await submitAssignmentAnswer(
    getDb(),
    {
      settings: room.settings,
      questionCount: room.questions.length,
      player,
      question: asked.question,
      questionId: room.questionIds[asked.index],
      questionIndex: input.questionIndex,
      gameIndex: asked.index,
      answer: input.answer,
      timeMs: input.timeMs ?? null,
    },
    new Date(receivedAt),
  );
  if (!result.ok) return result;
  if (!result.duplicate) live.counts.poke();
  return {
    status: result.duplicate ? 200 : 201,
    body: {
      duplicate: result.duplicate,
      feedback: result.feedback,
      hasNext: !result.player.finishedAt && room.state.status !== "ended",
      view: answeredView(room, result.player, receivedAt),
    },
  };
}

/**
 * The phone shows the player's current question: its clock starts now, once (a repeat or a reload gets the same
 * question and how long ago it was served). Nothing of the question reaches the phone before this.
 */
export async function showAssignmentQuestion(
  live: TLiveGame,
  slot: TPlayerSlot,
  now: number,
): Promise<{ status: number; view: TMeView } | { status: number; code: string; message: string }> {
  const { room } = live;
  if (room.state.mode !== "assignment")
    return { status: 409, code: "not_an_assignment", message: "a live game shows its own questions" };
  await endIfDeadlinePassed(getDbHandle(), room.row, now);
  let player = await findGamePlayer(getDb(), room.id, slot.id);
  if (!player) return { status: 401, code: "not_joined", message: "join the game with its PIN first" };
  if (!player.finishedAt && !player.servedAt && room.state.status !== "ended") {
    if (await serveAssignmentQuestion(getDb(), player.id, player.currentIndex, new Date(now))) {
      player = { ...player, servedAt: new Date(now) };
    } else player = (await findGamePlayer(getDb(), room.id, slot.id)) ?? player;
  }
  return { status: 200, view: meView(room, player, now) };
}
