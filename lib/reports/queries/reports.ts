// Reports and retirements in the database. A reporter's repeated report on a question is one row (merged), so a
// question's standing is "how many people reported it", not "how often one person pressed the button".
import { randomUUID } from "node:crypto";
import type { TDb } from "@/lib/platform/db/client";
import type { TRetirement, TReviewReport } from "@/lib/reports/types";

export type TNewReport = { questionId: string; reporterKey: string; mode: string; reason: string; comment?: string };

/** Stores a report, or merges it into the reporter's open one on the same question. true: it was merged. */
export async function upsertReport(db: TDb, report: TNewReport): Promise<{ merged: boolean }> {
  const where = { questionId_reporterKey: { questionId: report.questionId, reporterKey: report.reporterKey } };
  const existing = await db.questionReport.findUnique({ where, select: { id: true, comment: true, status: true } });
  const fields = { mode: report.mode, reason: report.reason, comment: report.comment || existing?.comment || null };
  if (existing) {
    // A dismissed report that comes again is a new concern: open again. One on a retired question stays resolved.
    const reopen = existing.status === "dismissed" ? { status: "open", resolvedAt: null } : {};
    await db.questionReport.update({ where, data: { ...fields, count: { increment: 1 }, ...reopen } });
    return { merged: true };
  }
  try {
    await db.questionReport.create({
      data: { id: randomUUID(), questionId: report.questionId, reporterKey: report.reporterKey, ...fields },
    });
    return { merged: false };
  } catch (error) {
    // The same reporter's second request won the race to create it: merge into that one.
    if ((error as { code?: string }).code !== "P2002") throw error;
    await db.questionReport.update({ where, data: { ...fields, count: { increment: 1 } } });
    return { merged: true };
  }
}

/** Questions with open reports, most reported (by reporters) first, then the longest waiting. */
export async function openReportCounts(db: TDb): Promise<Array<{ questionId: string; reports: number }>> {
  const rows = await db.questionReport.groupBy({
    by: ["questionId"],
    where: { status: "open" },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  return rows
    .sort((a, b) => b._count._all - a._count._all || a._min.createdAt!.getTime() - b._min.createdAt!.getTime())
    .map((row) => ({ questionId: row.questionId, reports: row._count._all }));
}

export async function reportsOf(db: TDb, questionIds: string[]): Promise<Map<string, TReviewReport[]>> {
  const rows = await db.questionReport.findMany({
    where: { questionId: { in: questionIds } },
    orderBy: [{ updatedAt: "desc" }],
  });
  const byQuestion = new Map<string, TReviewReport[]>();
  for (const row of rows) {
    const report: TReviewReport = {
      id: row.id,
      mode: row.mode as TReviewReport["mode"],
      reason: row.reason as TReviewReport["reason"],
      comment: row.comment,
      count: row.count,
      status: row.status as TReviewReport["status"],
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
    byQuestion.set(row.questionId, [...(byQuestion.get(row.questionId) ?? []), report]);
  }
  return byQuestion;
}

export async function retirementsOf(db: TDb, questionIds?: string[]): Promise<Map<string, TRetirement>> {
  const rows = await db.questionRetirement.findMany(questionIds ? { where: { questionId: { in: questionIds } } } : undefined);
  return new Map(
    rows.map((row) => [
      row.questionId,
      { reason: row.reason, retiredAt: row.retiredAt.toISOString(), reportIds: JSON.parse(row.reportIds) as string[] },
    ]),
  );
}

/** The ids of every retired question. */
export async function retiredQuestionIds(db: TDb): Promise<Set<string>> {
  return new Set((await db.questionRetirement.findMany({ select: { questionId: true } })).map((row) => row.questionId));
}

/** Closes a question's open reports as dismissed; how many. */
export async function dismissReports(db: TDb, questionId: string, now: Date): Promise<number> {
  const { count } = await db.questionReport.updateMany({
    where: { questionId, status: "open" },
    data: { status: "dismissed", resolvedAt: now },
  });
  return count;
}

/** Retires a question, recording why and which reports it resolved; false when it was retired already. */
export async function retireQuestion(db: TDb, questionId: string, reason: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (await tx.questionRetirement.findUnique({ where: { questionId } })) return false;
    const open = await tx.questionReport.findMany({ where: { questionId, status: "open" }, select: { id: true } });
    const reportIds = open.map((row) => row.id);
    await tx.questionReport.updateMany({ where: { id: { in: reportIds } }, data: { status: "retired", resolvedAt: now } });
    await tx.questionRetirement.create({ data: { questionId, reason, reportIds: JSON.stringify(reportIds), retiredAt: now } });
    return true;
  });
}

/** Puts a retired question back into play; false when it was not retired. */
export async function restoreQuestion(db: TDb, questionId: string): Promise<boolean> {
  const { count } = await db.questionRetirement.deleteMany({ where: { questionId } });
  return count > 0;
}
