// Assignments: each player goes through the questions at their own pace. The server serves one question at a
// time, stamps when, grades each answer at once (the player sees right or wrong and why) and moves the player on.
import { effectiveAnswerTime } from "@/lib/answering/rules/answer-time";
import { ANSWER_GRACE_MS } from "@/lib/games/rules/state-machine";
import { scoreGameAnswer } from "@/lib/answering/rules/score-answer";
import type { TGameSettings } from "@/lib/games/types";
import { AnswerShapeError, type TAnswerValue } from "@/lib/scoring/rules/grade";
import { REFERENCE_SECONDS } from "@/lib/scoring/rules/points";
import { questionSolution } from "@/questions/present";
import type { TAnswerFeedback } from "@/lib/attempts/types";
import type { TStoredQuestion } from "@/questions/types";
import type { TDb } from "@/lib/platform/db/client";
import type { TGamePlayerRow } from "./game-players";

/** The same feedback as a self-study attempt's (its position is the question's index in the assignment). */
export type TAssignmentFeedback = TAnswerFeedback;

export type TAssignmentResult =
  | { ok: true; duplicate: boolean; feedback: TAssignmentFeedback; player: TGamePlayerRow }
  | { ok: false; status: number; code: string; message: string; field?: string };

type TAnswerRow = {
  questionIndex: number;
  questionId: string;
  answer: string;
  correct: boolean;
  points: number;
  bonus: number;
  accuracyPoints: number;
  timeMs: number;
};

export function feedbackFromRow(row: TAnswerRow, question: TStoredQuestion): TAssignmentFeedback {
  return {
    questionId: row.questionId,
    position: row.questionIndex,
    correct: row.correct,
    closeness: row.accuracyPoints / 1000,
    points: row.points,
    bonus: row.bonus,
    timeMs: row.timeMs,
    given: JSON.parse(row.answer) as TAnswerValue | null,
    solution: questionSolution(question),
  };
}

class MovedOnError extends Error {}

export async function submitAssignmentAnswer(
  db: TDb,
  input: {
    settings: TGameSettings;
    questionCount: number;
    player: TGamePlayerRow;
    question: TStoredQuestion;
    questionIndex: number;
    answer: TAnswerValue | null;
    clientMs: number | null;
  },
  now: Date = new Date(),
): Promise<TAssignmentResult> {
  const { player, question, questionIndex: index } = input;
  const earlier = await db.gameAnswer.findUnique({
    where: { gamePlayerId_questionIndex: { gamePlayerId: player.id, questionIndex: index } },
  });
  if (earlier) return { ok: true, duplicate: true, feedback: feedbackFromRow(earlier, question), player };
  if (player.finishedAt)
    return { ok: false, status: 409, code: "assignment_finished", message: "you have answered every question" };
  if (index !== player.currentIndex) {
    return {
      ok: false,
      status: 409,
      code: "wrong_question",
      field: "questionIndex",
      message: `answer question ${player.currentIndex + 1} first`,
    };
  }

  const elapsed = now.getTime() - (player.servedAt ?? player.joinedAt).getTime();
  const time = effectiveAnswerTime(input.clientMs ?? elapsed, elapsed);
  if (!time.ok) return { ok: false, status: 422, code: "impossible_time", field: "clientMs", message: time.reason };
  const timed = input.settings.secondsPerQuestion !== null;
  const limitMs = (input.settings.secondsPerQuestion ?? REFERENCE_SECONDS[question.kind]) * 1000;
  let score;
  try {
    score = scoreGameAnswer({
      question,
      answer: input.answer,
      timeMs: Math.min(time.timeMs, limitMs),
      limitMs,
      mode: input.settings.scoring,
      previousStreak: player.streak,
      late: timed && time.timeMs > limitMs + ANSWER_GRACE_MS,
    });
  } catch (error) {
    if (error instanceof AnswerShapeError) {
      return {
        ok: false,
        status: 400,
        code: "invalid_input",
        field: "answer",
        message: `answer: ${error.message} for a ${question.kind} question`,
      };
    }
    throw error;
  }

  const last = index === input.questionCount - 1;
  try {
    const [row, updated] = await db.$transaction(async (tx) => {
      const created = await tx.gameAnswer.create({
        data: {
          gamePlayerId: player.id,
          questionIndex: index,
          gameId: player.gameId,
          questionId: question.id,
          answer: JSON.stringify(input.answer),
          correct: score.correct,
          points: score.points,
          bonus: score.bonus,
          accuracyPoints: score.accuracyPoints,
          timeMs: Math.min(time.timeMs, limitMs),
          createdAt: now,
        },
      });
      // Moves on only from the question this answer was for: a second tab cannot move the player twice.
      const moved = await tx.gamePlayer.updateMany({
        where: { id: player.id, currentIndex: index, finishedAt: null },
        data: {
          currentIndex: index + 1,
          servedAt: now,
          score: { increment: score.points + score.bonus },
          accuracyScore: { increment: score.accuracyPoints },
          correctCount: { increment: score.correct ? 1 : 0 },
          streak: score.streak,
          ...(last ? { finishedAt: now } : {}),
        },
      });
      if (moved.count !== 1) throw new MovedOnError();
      return [created, await tx.gamePlayer.findUniqueOrThrow({ where: { id: player.id } })] as const;
    });
    return { ok: true, duplicate: false, feedback: feedbackFromRow(row, question), player: updated };
  } catch (error) {
    if (!(error instanceof MovedOnError) && (error as { code?: string }).code !== "P2002") throw error;
    const stored = await db.gameAnswer.findUnique({
      where: { gamePlayerId_questionIndex: { gamePlayerId: player.id, questionIndex: index } },
    });
    const fresh = await db.gamePlayer.findUniqueOrThrow({ where: { id: player.id } });
    if (stored) return { ok: true, duplicate: true, feedback: feedbackFromRow(stored, question), player: fresh };
    return {
      ok: false,
      status: 409,
      code: "wrong_question",
      field: "questionIndex",
      message: "another answer was recorded first; reload",
    };
  }
}
