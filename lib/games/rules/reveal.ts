// What a closed question shows: for the projector the answer distribution, the solution and the top players
// with their movements; for each player their own result and rank. Built once per reveal from one read of the
// question's answers and the players' totals, then handed out per player. Pure.
import { questionSolution, type TPlayableQuestion } from "@/questions/present";
import type { TStoredQuestion } from "@/questions/types";
import type { TAnswerValue } from "@/lib/scoring/types";
import { answerDistribution } from "./distribution";
import type { TFinalEvent, THostReveal, TPlayerResult } from "@/lib/games/events";
import { FINAL_COUNT, TOP_COUNT } from "@/lib/games/events";
import { rankPlayers, standingsAfterQuestion, type TMovedStanding, type TStanding } from "./ranking";

export type TRevealAnswer = {
  gamePlayerId: string;
  answer: TAnswerValue | null;
  correct: boolean;
  points: number;
  bonus: number;
  accuracyPoints: number;
};
export type TRevealPlayer = { id: string; nickname: string; score: number; correctCount: number; streak: number };

export type TReveal = {
  host: THostReveal;
  resultFor: (gamePlayerId: string) => TPlayerResult | undefined;
  /** A player's streak after this question (0 for one who joined since). */
  streakOf: (gamePlayerId: string) => number;
};

export function buildReveal(input: {
  index: number;
  question: TStoredQuestion;
  playable: TPlayableQuestion;
  answers: readonly TRevealAnswer[];
  players: readonly TRevealPlayer[];
}): TReveal {
  const byPlayer = new Map(input.answers.map((answer) => [answer.gamePlayerId, answer]));
  const players = input.players.map((player) => {
    const answer = byPlayer.get(player.id);
    return { ...player, gained: answer ? answer.points + answer.bonus : 0 };
  });
  const standings = standingsAfterQuestion(players);
  const byId = new Map<string, TMovedStanding>(standings.map((standing) => [standing.id, standing]));
  const streaks = new Map(input.players.map((player) => [player.id, player.streak]));
  const solution = questionSolution(input.question);
  const answers = input.answers.filter((answer) => byId.has(answer.gamePlayerId));
  const host: THostReveal = {
    index: input.index,
    question: input.playable,
    solution,
    distribution: answerDistribution(input.question, answers, standings.length),
    top: standings.slice(0, TOP_COUNT),
    answered: answers.length,
    playerCount: standings.length,
  };
  return {
    host,
    streakOf: (gamePlayerId) => streaks.get(gamePlayerId) ?? 0,
    resultFor: (gamePlayerId) => {
      const standing = byId.get(gamePlayerId);
      if (!standing) return undefined;
      const answer = byPlayer.get(gamePlayerId);
      return {
        index: input.index,
        answered: Boolean(answer),
        correct: answer?.correct ?? false,
        closeness: (answer?.accuracyPoints ?? 0) / 1000,
        points: answer?.points ?? 0,
        bonus: answer?.bonus ?? 0,
        given: answer?.answer ?? null,
        streak: streaks.get(gamePlayerId) ?? 0,
        score: standing.score,
        rank: standing.rank,
        previousRank: standing.previousRank,
        playerCount: standings.length,
        solution,
      };
    },
  };
}

export type TFinal = {
  standings: TStanding[];
  playerCount: number;
  placeOf: (gamePlayerId: string) => Omit<TFinalEvent, "game"> | undefined;
};

/** The final standings: the podium and top list for the projector, each player's own place. */
export function buildFinal(
  players: ReadonlyArray<{ id: string; nickname: string; score: number; correctCount: number }>,
): TFinal {
  const ranked = rankPlayers(players);
  const byId = new Map(ranked.map((standing) => [standing.id, standing]));
  const podium = ranked.slice(0, 3);
  return {
    standings: ranked.slice(0, FINAL_COUNT),
    playerCount: ranked.length,
    placeOf: (gamePlayerId) => {
      const standing = byId.get(gamePlayerId);
      if (!standing) return undefined;
      return {
        rank: standing.rank,
        score: standing.score,
        correctCount: standing.correctCount,
        playerCount: ranked.length,
        podium,
      };
    },
  };
}
