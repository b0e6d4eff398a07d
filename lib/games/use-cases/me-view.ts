// The player's own view of a game (GET /me): who they are and, in an assignment, the question to answer now
// with how long ago the server served it (a reload keeps the time already spent), once it has been shown.
import type { TGamePlayerRow } from "@/lib/games/queries/game-players";
import type { TMeView } from "@/lib/games/events";
import type { GameRoom } from "./room";
import { liveGameInfo } from "./room";

export function meView(room: GameRoom, player: TGamePlayerRow, now: number = Date.now()): TMeView {
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
      question: shown ? (room.playables[player.currentIndex] ?? null) : null,
      elapsedMs: shown && player.servedAt ? Math.max(0, now - player.servedAt.getTime()) : null,
      pending: open && !player.servedAt,
    };
  }
  return view;
}

/** The view after an answer: where the player stands, without the next question (asked for when shown). */
export function answeredView(room: GameRoom, player: TGamePlayerRow, now: number = Date.now()): TMeView {
  const view = meView(room, { ...player, servedAt: null }, now);
  if (view.assignment) view.assignment.pending = view.assignment.pending && !player.servedAt;
  return view;
}
