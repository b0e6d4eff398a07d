// A game's questions in order: from the bank as loaded (retired ones included: a game keeps the list it was
// created with, so its indices and ids stay in step) and any no longer generated from the database (a game in
// progress or its report must still show them).
import type { TStoredQuestion } from "@/questions/types";
import type { TDb } from "@/lib/platform/db/client";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { questionForGrading } from "@/lib/sets/types";

export async function gameQuestionsById(db: TDb, ids: readonly string[]): Promise<Array<TStoredQuestion | undefined>> {
  const bank = await getQuestionBank();
  const missing = ids.filter((id) => !questionForGrading(bank, id));
  const retired = missing.length
    ? await db.question.findMany({ where: { id: { in: missing } }, select: { id: true, data: true } })
    : [];
  const extra = new Map(retired.map((row) => [row.id, JSON.parse(row.data) as TStoredQuestion]));
  return ids.map((id) => questionForGrading(bank, id) ?? extra.get(id));
}
