// The review page's data and actions: questions with open reports (most reported first) and those retired, each
// as the student saw it with its key, sources and reports; dismissing reports, retiring and restoring questions.
import type { TDbHandle } from "@/lib/platform/db/client";
import { playableQuestion, questionSolution } from "@/questions/present";
import type { TStoredQuestion } from "@/questions/types";
import type { TReviewAction } from "@/lib/reports/schemas";
import type { TReviewItem } from "@/lib/reports/types";
import {
  dismissReports,
  openReportCounts,
  reportsOf,
  restoreQuestion,
  retireQuestion,
  retirementsOf,
} from "@/lib/reports/queries/reports";
import { storedQuestionData } from "@/lib/reports/queries/questions";
import { rebuildBoardsForQuestion } from "@/lib/leaderboards/use-cases/rebuild-boards";
import { publishBankChange } from "@/lib/sets/use-cases/bank-events";

export type TReviewQueue = { open: TReviewItem[]; retired: TReviewItem[] };

export async function fetchReviewQueue(handle: TDbHandle): Promise<TReviewQueue> {
  const { db } = handle;
  const [counts, retirements] = await Promise.all([openReportCounts(db), retirementsOf(db)]);
  const ids = [...new Set([...counts.map((row) => row.questionId), ...retirements.keys()])];
  const [data, reports] = await Promise.all([storedQuestionData(db, ids), reportsOf(db, ids)]);
  const item = (questionId: string, openReports: number): TReviewItem => {
    const stored = data.get(questionId);
    const question = stored ? (JSON.parse(stored) as TStoredQuestion) : undefined;
    return {
      questionId,
      // In the bank's own option order: the reviewer compares with the fact files, not with a shuffled quiz.
      question: question ? playableQuestion(question, "review") : null,
      solution: question ? questionSolution(question) : null,
      factIds: question?.factIds ?? [],
      openReports,
      reports: reports.get(questionId) ?? [],
      retirement: retirements.get(questionId) ?? null,
    };
  };
  const open = counts.map((row) => item(row.questionId, row.reports));
  const openIds = new Set(counts.map((row) => row.questionId));
  const retired = [...retirements.entries()]
    .filter(([id]) => !openIds.has(id))
    .sort(([, a], [, b]) => b.retiredAt.localeCompare(a.retiredAt))
    .map(([id]) => item(id, 0));
  return { open, retired };
}

export type TReviewOutcome =
  { ok: true; changed: boolean; boardsRebuiltFor: number } | { ok: false; status: number; code: string; message: string };

export async function applyReviewAction(
  handle: TDbHandle,
  questionId: string,
  action: TReviewAction,
  now: Date = new Date(),
): Promise<TReviewOutcome> {
  if (!(await storedQuestionData(handle.db, [questionId])).size)
    return { ok: false, status: 404, code: "not_found", message: `question "${questionId}" does not exist` };
  if (action.action === "dismiss") {
    return { ok: true, changed: (await dismissReports(handle.db, questionId, now)) > 0, boardsRebuiltFor: 0 };
  }
  const changed =
    action.action === "retire"
      ? await retireQuestion(handle.db, questionId, action.reason, now)
      : await restoreQuestion(handle.db, questionId);
  if (!changed) return { ok: true, changed, boardsRebuiltFor: 0 };
  // New attempts, games, learn cards and set counts on every instance; then the boards, without or with its points.
  await publishBankChange();
  const boardsRebuiltFor = await rebuildBoardsForQuestion(handle, questionId);
  return { ok: true, changed, boardsRebuiltFor };
}
