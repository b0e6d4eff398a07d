// Reads for the pages: the question sets as the app shows them. Server only.
import type { TSetSummary } from "@/lib/sets/types";
import "server-only";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { localDate } from "@/lib/platform/time/periods";
import { DAILY_SET_ID, dailyQuestionIds } from "@/questions/sets";

export async function fetchSets(now: Date = new Date()): Promise<TSetSummary[]> {
  const bank = await getQuestionBank();
  const all = [...bank.questions.values()];
  return bank.sets.map((set) => {
    const ids =
      set.id === DAILY_SET_ID ? dailyQuestionIds(all, localDate(now)) : set.questionIds.filter((id) => bank.questions.has(id));
    const questions = ids.map((id) => bank.questions.get(id)!);
    return {
      id: set.id,
      kind: set.kind,
      title: set.title,
      description: set.description,
      questionCount: ids.length,
      countries: set.id === DAILY_SET_ID ? [...new Set(questions.flatMap((q) => q.tags.countries))].sort() : set.countries,
      factIds: [...new Set(questions.flatMap((q) => q.factIds))].sort(),
    };
  });
}

export async function fetchSet(id: string): Promise<TSetSummary | undefined> {
  return (await fetchSets()).find((set) => set.id === id);
}
