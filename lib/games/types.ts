// What a game is, as the domain sees it: plain data with times as epoch milliseconds (the data module converts
// to and from database rows). Shared by the server and the browser.
import type { TScoringMode } from "@/lib/scoring/types";
import type { TGameReport } from "@/lib/games/rules/report";

export type TGameMode = "live" | "assignment";

/** live: lobby → question ⇄ paused → reveal → question … → ended. assignment: open → ended. */
export type TGameStatus = "lobby" | "question" | "paused" | "reveal" | "ended" | "open";

export type TGameSettings = {
  questionCount: number;
  /** Seconds per question; null in an assignment without a timer. */
  secondsPerQuestion: number | null;
  scoring: TScoringMode;
  shuffle: boolean;
  maxPlayers: number;
  /** Assignments made since per-player orders: each player's own option order (and question order with `shuffle`). */
  ownOrder?: boolean;
  /** "Schwächste Fakten üben" (lib/class-reports): shown under that title, not its set's (rules/title.ts). */
  practice?: boolean;
};

export type TGameState = {
  id: string;
  mode: TGameMode;
  status: TGameStatus;
  questionCount: number;
  /** The question being asked or revealed; -1 before the first. */
  currentIndex: number;
  /** When the current question opened (server clock), moved on by a pause so elapsed time excludes it. */
  questionStartedAt: number | null;
  questionEndsAt: number | null;
  pausedRemainingMs: number | null;
  locked: boolean;
  deadline: number | null;
  version: number;
};

/** Host actions on a game's flow (kicking a player is an action on the player, not the flow). */
export const HOST_ACTIONS = ["start", "next", "skip", "pause", "resume", "end", "lock", "unlock"] as const;
export type THostAction = (typeof HOST_ACTIONS)[number];

export const MIN_SECONDS = 5;
export const MAX_SECONDS = 120;
export const DEFAULT_MAX_PLAYERS = 2_500;
export const MAX_PLAYERS_LIMIT = 10_000;

export type TGameReportView = TGameReport & {
  gameId: string;
  mode: string;
  setId: string;
  status: string;
  createdAt: string;
  endedAt: string | null;
};
