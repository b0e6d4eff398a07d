// The player's own view of a game (GET /me): who they are and, in an assignment, the question to answer now
// with how long ago the server served it (a reload keeps the time already spent), once it has been shown; and,
// between an answer and the next question, that answer's feedback (a reload shows it again).
import { gameTitle } from "@/lib/games/rules/title";
import type { TDb } from "@/lib/platform/db/client";
import { feedbackFromRow } from "@/lib/answering/rules/feedback";
import type { TScoredAnswerRow } from "@/lib/answering/types";
import { findAssignmentAnswer } from "@/lib/games/queries/assignment-answers";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import type { TGamePlayerRow } from "@/lib/games/queries/game-players";
import type { TMeView } from "@/lib/games/events";
import type { GameRoom } from "./room";
import { liveGameInfo } from "./room";

/** Between an answer and the next question: the player has answered the one before and not asked for the next. */
const betweenQuestions = (room: GameRoom, player: TGamePlayerRow) =>
  room.state.mode === "assignment" &&
  room.state.status !== "ended" &&
  !player.finishedAt &&
  !player.servedAt &&
  player.currentIndex > 0;

export function meView(
  room: GameRoom,
  player: TGamePlayerRow,
  now: number = Date.now(),
  lastAnswer?: TScoredAnswerRow | null,
): TMeView {
  const finished = Boolean(player.finishedAt);
  const view: TMeView = {
    game: {
      ...liveGameInfo(room.state),
      deadline: room.state.deadline,
      setId: room.row.setId,
      secondsPerQuestion: room.settings.secondsPerQuestion,
    },
    me: {
      id: player.id,
      nickname: player.nickname,
      score: player.score,
      correctCount: player.correctCount,
      index: player.currentIndex,
      finished,
    },
  };
  if (room.state.mode === "assignment") {
    const open = !finished && room.state.status !== "ended";
    const shown = open && Boolean(player.servedAt);
    view.assignment = {
      question: shown ? (room.assignmentQuestion(player.id, player.currentIndex)?.playable ?? null) : null,
      elapsedMs: shown && player.servedAt ? Math.max(0, now - player.servedAt.getTime()) : null,
      pending: open && !player.servedAt,
    };
    const previous = lastAnswer && room.assignmentQuestion(player.id, player.currentIndex - 1);
    if (lastAnswer && previous && betweenQuestions(room, player)) {
      const position = player.currentIndex - 1;
      view.assignment.answered = {
        position,
        question: previous.playable,
        feedback: { ...feedbackFromRow(lastAnswer, previous.question), position },
      };
    }
  }
  return view;
}

/**
 * The player's view as GET /me gives it: with the set's title (the phone's lobby shows it) and the last answer's
 * feedback when they are between questions.
 */
export async function loadMeView(db: TDb, room: GameRoom, player: TGamePlayerRow, now: number = Date.now()): Promise<TMeView> {
  const previous = betweenQuestions(room, player) ? room.assignmentQuestion(player.id, player.currentIndex - 1) : undefined;
  const [lastAnswer, bank] = await Promise.all([
    previous ? findAssignmentAnswer(db, player.id, previous.index) : null,
    getQuestionBank(),
  ]);
  const view = meView(room, player, now, lastAnswer);
  view.game.setTitle = gameTitle({ setId: room.row.setId, practice: room.settings.practice }, bank.sets);
  return view;
}

/** The view after an answer: where the player stands, without the next question (asked for when shown). */
export function answeredView(room: GameRoom, player: TGamePlayerRow, now: number = Date.now()): TMeView {
  const view = meView(room, { ...player, servedAt: null }, now);
  if (view.assignment) view.assignment.pending = view.assignment.pending && !player.servedAt;
  return view;
}
