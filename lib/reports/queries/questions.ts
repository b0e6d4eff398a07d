// The questions reports are about, as stored: also retired ones and those no longer generated.
import type { TDb } from "@/lib/platform/db/client";

export async function questionExists(db: TDb, questionId: string): Promise<boolean> {
  return (await db.question.count({ where: { id: questionId } })) > 0;
}

/** The stored JSON of each question that exists. */
export async function storedQuestionData(db: TDb, questionIds: string[]): Promise<Map<string, string>> {
  const rows = await db.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, data: true } });
  return new Map(rows.map((row) => [row.id, row.data]));
}
