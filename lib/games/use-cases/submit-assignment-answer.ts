// One answer in an assignment, at the player's own pace: planned by the answering engine (the same as a
// self-study attempt's), stored with the player's move to the next question. The same answer sent twice counts once.
import type { TDb } from "@/lib/platform/db/client";
import { feedbackFromRow } from "@/lib/answering/rules/feedback";
import { notCurrentQuestion, planAnswer } from "@/lib/answering/rules/plan-answer";
import type { TAnswerFeedback, TAnswerRejection, TScoredAnswerRow } from "@/lib/answering/types";
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TStoredQuestion } from "@/questions/types";
import { findAssignmentAnswer, storeAssignmentAnswer } from "@/lib/games/queries/assignment-answers";
import { findGamePlayer, type TGamePlayerRow } from "@/lib/games/queries/game-players";
import type { TGameSettings } from "@/lib/games/types";

export type TAssignmentResult =
  | { ok: true; duplicate: boolean; feedback: TAnswerFeedback; player: TGamePlayerRow }
  | (Omit<TAnswerRejection, "code"> & { code: TAnswerRejection["code"] | "assignment_finished" });

export async function submitAssignmentAnswer(
  db: TDb,
  input: {
    settings: TGameSettings;
    questionCount: number;
    player: TGamePlayerRow;
    question: TStoredQuestion;
    /** The bank's id of the question, when `question` carries sealed ids. */
    questionId?: string;
    /** The player's own position of the question. */
    questionIndex: number;
    /** The game's index of the question, when the player has their own order (answers are stored under it). */
    gameIndex?: number;
    answer: TAnswerValue | null;
    timeMs: number | null;
  },
  now: Date = new Date(),
): Promise<TAssignmentResult> {
  const { player, question, questionIndex: index } = input;
  const stored = input.gameIndex ?? index;
  // Feedback speaks of the player's position, whatever index the answer is stored under.
  const feedbackOf = (row: TScoredAnswerRow) => ({ ...feedbackFromRow(row, question), position: index });
  const earlier = await findAssignmentAnswer(db, player.id, stored);
  if (earlier) return { ok: true, duplicate: true, feedback: feedbackOf(earlier), player };
  if (player.finishedAt)
    return { ok: false, status: 409, code: "assignment_finished", message: "you have answered every question" };

  const plan = planAnswer({
    run: {
      currentIndex: player.currentIndex,
      finished: false,
      servedAt: player.servedAt,
      streak: player.streak,
      timerSeconds: input.settings.secondsPerQuestion,
      mode: input.settings.scoring,
    },
    position: index,
    question,
    answer: input.answer,
    clientTimeMs: input.timeMs,
    now,
  });
  if (plan.ok === "answered") return { ...notCurrentQuestion(player.currentIndex), field: "questionIndex" };
  if (!plan.ok) return plan.field === "questionId" ? { ...plan, field: "questionIndex" } : plan;

  const advance = { streak: plan.streak, finished: index === input.questionCount - 1 };
  const row = { ...plan.row, questionId: input.questionId ?? question.id };
  const updated = await storeAssignmentAnswer(db, player, row, advance, now, stored);
  if (updated) return { ok: true, duplicate: false, feedback: feedbackOf(plan.row), player: updated };
  // Another request for the same question won the race; report what it stored.
  const won = await findAssignmentAnswer(db, player.id, stored);
  const fresh = (await findGamePlayer(db, player.gameId, player.id))!;
  if (won) return { ok: true, duplicate: true, feedback: feedbackOf(won), player: fresh };
  return {
    ...notCurrentQuestion(fresh.currentIndex),
    field: "questionIndex",
    message: "another answer was recorded first; reload",
  };
}
