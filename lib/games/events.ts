// What the server's event streams send to the browsers of a live game: shared types, no logic.
// Players get one shared event per question and one personal event per reveal; the host gets full snapshots on
// every step, answer counts (coalesced, a few a second) and lobby changes (coalesced).
import type { TPlayableQuestion, TQuestionSolution } from "@/questions/present";
import type { TLocalized } from "@/questions/schema";
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TAnswerFeedback } from "@/lib/answering/types";
import type { TDistribution } from "@/lib/games/rules/distribution";
import type { TMovedStanding, TStanding } from "@/lib/games/rules/ranking";
import type { TGameMode, TGameSettings, TGameStatus } from "./types";

export type TLiveGameInfo = {
  id: string;
  mode: TGameMode;
  status: TGameStatus;
  questionCount: number;
  currentIndex: number;
  locked: boolean;
  version: number;
};

/** Player stream, on connect: who the player is, and a ping to answer (the server measures the round trip). */
export type THelloEvent = { me: { id: string; nickname: string }; pingId: string; serverNow: number };

/** Player stream: the game waits (lobby, with how many are in) or pauses, or goes on after a pause. */
export type TGameEvent = { game: TLiveGameInfo; remainingMs?: number; players?: number };

/** Player stream, in the lobby: how many are in now (coalesced, about once a second). */
export type TPlayersEvent = { total: number };

/** Player stream: a question opened (the same bytes for every player), or the current one on reconnect. */
export type TQuestionEvent = {
  game: TLiveGameInfo;
  index: number;
  question: TPlayableQuestion;
  durationMs: number;
  remainingMs: number;
  /** True on reconnect when this player's answer is already in. */
  answered: boolean;
};

export type TPlayerResult = {
  index: number;
  answered: boolean;
  correct: boolean;
  closeness: number;
  points: number;
  bonus: number;
  given: TAnswerValue | null;
  streak: number;
  score: number;
  rank: number;
  previousRank: number;
  playerCount: number;
  solution: TQuestionSolution;
};

/** Player stream: the question closed; this player's result. */
export type TResultEvent = { game: TLiveGameInfo; question: TPlayableQuestion; result: TPlayerResult };

/** Player stream: the game ended; this player's place. */
export type TFinalEvent = {
  game: TLiveGameInfo;
  rank: number;
  score: number;
  correctCount: number;
  playerCount: number;
  podium: TStanding[];
};

export type THostReveal = {
  index: number;
  question: TPlayableQuestion;
  solution: TQuestionSolution;
  distribution: TDistribution;
  top: TMovedStanding[];
  answered: number;
  playerCount: number;
};

/** Host stream: the whole picture, on connect and after every step. */
export type THostSnapshot = {
  game: TLiveGameInfo & { pin: string | null; setId: string; settings: TGameSettings; deadline: number | null };
  lobby: { total: number; recent: Array<{ id: string; nickname: string }> };
  question?: { index: number; question: TPlayableQuestion; durationMs: number; remainingMs: number; answered: number };
  reveal?: THostReveal;
  final?: { standings: TStanding[]; playerCount: number };
  /** Assignments: how many players have answered every question. */
  finished?: number;
};

/** Host stream: answers so far to the open question (live) or finished players (assignment). */
export type TCountEvent = { index: number; answered: number; players: number; finished?: number };

/** Host stream: players who joined or were removed since the last lobby event. */
export type TLobbyEvent = { joined: Array<{ id: string; nickname: string }>; removed: string[]; total: number };

/** How many of the newest players the host's lobby lists (the rest are counted). */
export const LOBBY_RECENT = 60;
/** How many players the podium and the projector's top list show. */
export const TOP_COUNT = 5;
export const FINAL_COUNT = 10;

/** GET /api/games/[id]/me: the player and, in an assignment, the question to answer now. */
export type TMeView = {
  game: TLiveGameInfo & {
    deadline: number | null;
    setId: string;
    secondsPerQuestion: number | null;
    /** The set's title, for the phone's lobby (GET /me only). */
    setTitle?: TLocalized | null;
  };
  me: { id: string; nickname: string; score: number; correctCount: number; index: number; finished: boolean };
  /**
   * An assignment: the question to answer now once shown (null while `pending`, until the phone asks for it with
   * POST /api/games/<id>/next, which starts its clock), and how long ago it was served.
   */
  assignment?: {
    question: TPlayableQuestion | null;
    elapsedMs: number | null;
    pending: boolean;
    /** The answer just given, until the phone asks for the next question: a reload shows its feedback again. */
    answered?: { position: number; question: TPlayableQuestion; feedback: TAnswerFeedback };
  };
};
