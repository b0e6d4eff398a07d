// The host's report after a game or an assignment: accuracy per question, the hardest questions, and each
// player's total and right answers. Pure: the data module reads the rows, this turns them into the report.
import type { TLocalized } from "@/questions/schema";
import type { TQuestionKind, TStoredQuestion } from "@/questions/types";
import { byHardness, isHard, tooFewAnswers, type TAnswerTally } from "./hardness";
import { rankPlayers } from "./ranking";

export type TReportAnswerRow = {
  gamePlayerId: string;
  questionIndex: number;
  correct: boolean;
  points: number;
  bonus: number;
  accuracyPoints: number;
  timeMs: number;
};
export type TReportPlayerRow = {
  id: string;
  nickname: string;
  score: number;
  accuracyScore: number;
  correctCount: number;
  finishedAt: number | null;
};

export type TReportQuestion = {
  index: number;
  questionId: string;
  kind: TQuestionKind;
  prompt: TLocalized;
  answered: number;
  correct: number;
  /** Share of the game's players who answered right (0 to 1); no answer counts as not right. */
  accuracy: number;
  averageTimeMs: number | null;
};

export type TReportPlayer = {
  rank: number;
  id: string;
  nickname: string;
  score: number;
  accuracyScore: number;
  correctCount: number;
  answered: number;
  totalTimeMs: number;
  finished: boolean;
};

export type TGameReport = {
  playerCount: number;
  /** Questions asked (a live game ended early asked fewer than it had). */
  questions: TReportQuestion[];
  /**
   * Indexes of the hardest questions, hardest first: at most three, and only those the answers show to be hard
   * (`hardness.ts`), so a game of three players does not list its 2-of-3 questions.
   */
  hardest: number[];
  /** Some question was missed by someone but had too few players to tell whether it is hard. */
  fewAnswers: boolean;
  averageAccuracy: number;
  players: TReportPlayer[];
};

export const HARDEST_COUNT = 3;

export function buildReport(input: {
  questions: ReadonlyArray<TStoredQuestion | undefined>;
  askedCount: number;
  players: readonly TReportPlayerRow[];
  answers: readonly TReportAnswerRow[];
}): TGameReport {
  const playerCount = input.players.length;
  const asked = input.questions.slice(0, input.askedCount);
  const byQuestion = new Map<number, TReportAnswerRow[]>();
  const byPlayer = new Map<string, TReportAnswerRow[]>();
  for (const row of input.answers) {
    if (row.questionIndex >= input.askedCount) continue;
    byQuestion.set(row.questionIndex, [...(byQuestion.get(row.questionIndex) ?? []), row]);
    byPlayer.set(row.gamePlayerId, [...(byPlayer.get(row.gamePlayerId) ?? []), row]);
  }

  const questions = asked.flatMap((question, index): TReportQuestion[] => {
    if (!question) return [];
    const rows = byQuestion.get(index) ?? [];
    const correct = rows.filter((row) => row.correct).length;
    return [
      {
        index,
        questionId: question.id,
        kind: question.kind,
        prompt: question.prompt,
        answered: rows.length,
        correct,
        accuracy: playerCount ? correct / playerCount : 0,
        averageTimeMs: rows.length ? Math.round(rows.reduce((sum, row) => sum + row.timeMs, 0) / rows.length) : null,
      },
    ];
  });
  // Everybody was asked each question: one not answered counts as not right, as in `accuracy`.
  const tally = (question: TReportQuestion): TAnswerTally => ({ correct: question.correct, answers: playerCount });
  const hardest = questions
    .filter((question) => isHard(tally(question)))
    .sort((a, b) => byHardness(tally(a), tally(b)) || a.index - b.index)
    .slice(0, HARDEST_COUNT)
    .map((q) => q.index);
  const fewAnswers = questions.some((question) => question.accuracy < 1 && tooFewAnswers(tally(question)));

  const players = rankPlayers(input.players).map((player) => {
    const rows = byPlayer.get(player.id) ?? [];
    return {
      rank: player.rank,
      id: player.id,
      nickname: player.nickname,
      score: player.score,
      accuracyScore: player.accuracyScore,
      correctCount: player.correctCount,
      answered: rows.length,
      totalTimeMs: rows.reduce((sum, row) => sum + row.timeMs, 0),
      finished: player.finishedAt !== null,
    };
  });
  const averageAccuracy = questions.length ? questions.reduce((sum, q) => sum + q.accuracy, 0) / questions.length : 0;
  return { playerCount, questions, hardest, fewAnswers, averageAccuracy, players };
}
