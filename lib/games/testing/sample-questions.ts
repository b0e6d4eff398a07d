// Real questions from the generated bank for the games' tests, one of each kind on request.
import { buildQuestionBank } from "@/questions/bank";
import type { TQuestionKind, TStoredQuestion } from "@/questions/types";

let cached: TStoredQuestion[] | undefined;

export function sampleQuestions(): TStoredQuestion[] {
  if (!cached) {
    const { bank, problems } = buildQuestionBank();
    if (!bank) throw new Error(`question bank: ${problems.join("; ")}`);
    cached = bank.questions.map(({ check: _check, ...stored }) => stored as TStoredQuestion);
  }
  return cached;
}

export function sampleQuestion<K extends TQuestionKind>(kind: K): Extract<TStoredQuestion, { kind: K }> {
  const found = sampleQuestions().find((question) => question.kind === kind);
  if (!found) throw new Error(`no ${kind} question in the bank`);
  return found as Extract<TStoredQuestion, { kind: K }>;
}
