// Which questions a game asks: the set's questions (the daily set: today's), shuffled when the host asked for it,
// cut to the number chosen.
import { DAILY_SET_ID, dailyQuestionIds, orderForSeed } from "@/questions/sets";
import type { TQuestionSet, TStoredQuestion } from "@/questions/types";

export function pickGameQuestions(input: {
  set: TQuestionSet;
  questions: ReadonlyMap<string, TStoredQuestion>;
  count: number;
  shuffle: boolean;
  seed: string | number;
  today: string;
}): string[] {
  const available =
    input.set.id === DAILY_SET_ID
      ? dailyQuestionIds([...input.questions.values()], input.today)
      : input.set.questionIds.filter((id) => input.questions.has(id));
  const ordered = input.shuffle ? orderForSeed(available, input.seed) : available;
  return ordered.slice(0, input.count);
}
