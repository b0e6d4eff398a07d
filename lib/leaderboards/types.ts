// Leaderboards as the domain, the API and the pages see them.
import type { TPeriod } from "@/lib/platform/time/periods";

export const OVERALL_SET = "*";

export const GLOBAL_SCOPE = "global";

export type TBoard = { scope: string; setId: string; period: TPeriod };

export type TRankedEntry = { rank: number; playerId: string; nickname: string; score: number; achievedAt: string };

export type TLeaderboard = TBoard & {
  periodKey: string;
  entries: TRankedEntry[];
  totalPlayers: number;
  me?: { rank: number; score: number; neighbours: TRankedEntry[] };
};

/** Scores to post: per scope, which score counts there (a group may count accuracy only). */
export type TPostScores = { scope: string; score: number }[];
