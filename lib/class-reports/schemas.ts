// Inputs of the class report's API, shared by the route handlers and the report page.
import { z } from "zod";
import { MAX_GAME_QUESTIONS } from "@/lib/games/schemas";
import { REPORT_VIEWS } from "@/lib/class-reports/rules/report-tables";

export const ZClassReportQuery = z.strictObject({
  format: z.enum(["json", "csv", "xlsx"], { error: "expected json, csv or xlsx" }).default("json"),
  // CSV holds one table: which view (the workbook holds all three).
  view: z.enum(REPORT_VIEWS, { error: `expected one of ${REPORT_VIEWS.join(", ")}` }).default("students"),
  lang: z.enum(["de", "en"], { error: "expected de or en" }).optional(),
});
export type TClassReportQuery = z.infer<typeof ZClassReportQuery>;

export const ZPracticeWeakest = z
  .strictObject({
    questionCount: z
      .number()
      .int("a whole number of questions")
      .min(1, "at least 1 question")
      .max(MAX_GAME_QUESTIONS, `at most ${MAX_GAME_QUESTIONS} questions`)
      .optional(),
    // ISO date and time after which no answer counts; a week from now when left out.
    deadline: z.iso.datetime({ offset: true, error: "expected a date and time" }).optional(),
  })
  .superRefine((input, context) => {
    if (input.deadline && Date.parse(input.deadline) <= Date.now())
      context.addIssue({ code: "custom", path: ["deadline"], message: "the deadline must be in the future" });
  });
export type TPracticeWeakest = z.infer<typeof ZPracticeWeakest>;
