// The feedback for a stored answer, the same whichever way it was given: what was scored when it was first
// graded (a retry or double click gets the same reply), with the question's solution.
import type { TAnswerValue } from "@/lib/scoring/types";
import { questionSolution } from "@/questions/present";
import type { TStoredQuestion } from "@/questions/types";
import type { TAnswerFeedback, TScoredAnswerRow } from "@/lib/answering/types";
import { MAX_POINTS } from "@/lib/scoring/rules/points";

export function feedbackFromRow(row: TScoredAnswerRow, question: TStoredQuestion): TAnswerFeedback {
  return {
    questionId: question.id,
    position: row.position,
    correct: row.correct,
    closeness: row.accuracyPoints / MAX_POINTS,
    points: row.points,
    bonus: row.bonus,
    timeMs: row.timeMs,
    given: JSON.parse(row.answer) as TAnswerValue | null,
    solution: questionSolution(question),
  };
}
