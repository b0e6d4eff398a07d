// A class's report across its games and assignments, and its downloads: the stored answers added up
// (`buildClassReport`), each fact told with the statement and sources learn mode shows for it.
import "server-only";
import type { TDb } from "@/lib/platform/db/client";
import { appConfig } from "@/lib/platform/config/app";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { questionForGrading } from "@/lib/sets/types";
import { buildLearnFacts } from "@/lib/learn/rules/fact-deck";
import { readClassActivity } from "@/lib/class-reports/queries/class-activity";
import { buildClassReport, type TFactText } from "@/lib/class-reports/rules/class-report";
import { testedFacts } from "@/lib/class-reports/rules/tested-facts";
import { classReportTables, type TReportView } from "@/lib/class-reports/rules/report-tables";
import { REPORT_CREATOR, tableCsv, tablesXlsx } from "@/lib/games/rules/tables";
import type { TClassReport } from "@/lib/class-reports/types";
import type { TLang } from "@/questions/types";

export async function loadClassReport(db: TDb, group: { id: string; name: string }): Promise<TClassReport> {
  const [rows, bank] = await Promise.all([readClassActivity(db, group.id), getQuestionBank()]);
  const question = (id: string) => questionForGrading(bank, id);
  const factIds = new Set(
    rows.answers.flatMap((answer) => {
      const asked = question(answer.questionId);
      return asked ? testedFacts(asked) : [];
    }),
  );
  // Retired questions still tell what their facts say (their answers count in the report).
  const facts = new Map<string, TFactText>(
    buildLearnFacts([...bank.questions.values(), ...bank.retired.values()], { factIds: [...factIds], seed: "report" }).map(
      (fact) => [fact.id, { statement: fact.statement, sources: fact.sources, asOf: fact.asOf }],
    ),
  );
  return buildClassReport({ group, timeZone: appConfig().timeZone, ...rows }, { question, fact: (id) => facts.get(id) });
}

export function classReportCsv(report: TClassReport, view: TReportView, lang: TLang): string {
  return tableCsv(classReportTables(report, lang)[view], lang);
}

/** The workbook: one sheet per view (students, questions, facts). */
export function classReportXlsx(report: TClassReport, lang: TLang): Promise<Uint8Array> {
  return tablesXlsx(Object.values(classReportTables(report, lang)), REPORT_CREATOR);
}
