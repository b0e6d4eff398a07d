// Reports on questions ("Frage melden") and the review of them, as the API, the pages and the components see them.
import type { TQuestionSolution, TPlayableQuestion } from "@/questions/present";

/** Why a question is reported; the labels are in the i18n messages (`report.reason.<reason>`). */
export const REPORT_REASONS = ["wrong-answer", "two-answers", "outdated", "unclear", "source-mismatch", "other"] as const;
export type TReportReason = (typeof REPORT_REASONS)[number];

/** Where a report comes from. Graded modes name the question by the id their attempt or game sealed. */
export const REPORT_MODES = ["quiz", "learn", "flashcards", "live", "assignment"] as const;
export type TReportMode = (typeof REPORT_MODES)[number];

export const MAX_REPORT_COMMENT = 500;
export const MAX_RETIRE_REASON = 500;

/** What the browser needs to report the question it shows: the id it knows and the context that id belongs to. */
export type TReportTarget =
  | { mode: "learn" | "flashcards"; questionId: string }
  | { mode: "quiz"; questionId: string; attemptId: string }
  | { mode: "live" | "assignment"; questionId: string; gameId: string };

export type TReviewReport = {
  id: string;
  mode: TReportMode;
  reason: TReportReason;
  comment: string | null;
  count: number;
  status: "open" | "dismissed" | "retired";
  createdAt: string;
  updatedAt: string;
};

export type TRetirement = { reason: string; retiredAt: string; reportIds: string[] };

/** One question on the review page: as the student saw it, its key and sources, its reports and retirement. */
export type TReviewItem = {
  questionId: string;
  question: TPlayableQuestion | null;
  solution: TQuestionSolution | null;
  factIds: string[];
  openReports: number;
  reports: TReviewReport[];
  retirement: TRetirement | null;
};
