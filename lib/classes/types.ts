// What a class is, as pages, forms and the API show it.
import type { TScoringMode } from "@/lib/scoring/types";

export type TGroup = { id: string; name: string; joinCode: string; scoring: TScoringMode; memberCount: number };

/** A member of a class as its teacher sees them on the roster. */
export type TRosterMember = {
  playerId: string;
  nickname: string | null;
  joinedAt: string;
  lastActiveAt: string;
  /** Self-study quizzes begun, and this class's games or assignments taken part in. */
  quizzes: number;
  games: number;
};
