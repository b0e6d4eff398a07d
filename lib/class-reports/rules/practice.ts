// "Schwächste Fakten üben": the questions of an assignment on the facts the class missed most. The facts come in
// the report's order (hard ones first, then the plausibly weakest); only facts with enough answers to say
// anything (`HARD_MIN_ANSWERS`) and at least one miss count. Each gives up to two questions, those the class
// missed first, then ones it has not seen (the same fact asked another way), then the rest, easiest first.
import type { TStoredQuestion } from "@/questions/types";
import { HARD_MIN_ANSWERS } from "@/lib/games/rules/hardness";
import type { TClassReport } from "@/lib/class-reports/types";
import { testedFacts } from "./tested-facts";

export const PRACTICE_PER_FACT = 2;
export const PRACTICE_DEFAULT_COUNT = 10;

export type TPracticePick =
  | { ok: true; questionIds: string[]; factIds: string[] }
  /**
   * too_few_answers: no fact has enough answers yet; nothing_missed: none of those was missed; no_questions: the
   * weak facts' questions were all retired since.
   */
  | { ok: false; reason: "too_few_answers" | "nothing_missed" | "no_questions" };

/** `playable`: the questions that may be served in something new (retired ones are not among them). */
export function pickPracticeQuestions(
  report: Pick<TClassReport, "facts" | "questions">,
  playable: Iterable<TStoredQuestion>,
  count: number,
): TPracticePick {
  const answeredEnough = report.facts.filter((fact) => fact.answers >= HARD_MIN_ANSWERS);
  if (!answeredEnough.length) return { ok: false, reason: "too_few_answers" };
  const weak = answeredEnough.filter((fact) => fact.missed > 0);
  if (!weak.length) return { ok: false, reason: "nothing_missed" };

  const asked = new Map(report.questions.map((question) => [question.questionId, question]));
  // 0: missed by the class (the most missed first), 1: not asked yet, 2: always answered right.
  const tier = (question: TStoredQuestion) => {
    const seen = asked.get(question.id);
    if (!seen) return 1;
    return seen.correct < seen.answers ? 0 : 2;
  };
  const byFact = new Map<string, TStoredQuestion[]>();
  for (const question of playable)
    for (const factId of testedFacts(question)) byFact.set(factId, [...(byFact.get(factId) ?? []), question]);

  const questionIds: string[] = [];
  const factIds: string[] = [];
  for (const fact of weak) {
    if (questionIds.length >= count) break;
    const candidates = (byFact.get(fact.factId) ?? [])
      .filter((question) => !questionIds.includes(question.id))
      .sort(
        (a, b) =>
          tier(a) - tier(b) ||
          (asked.get(a.id)?.accuracy ?? 0) - (asked.get(b.id)?.accuracy ?? 0) ||
          a.difficulty - b.difficulty ||
          a.id.localeCompare(b.id),
      )
      .slice(0, Math.min(PRACTICE_PER_FACT, count - questionIds.length));
    if (!candidates.length) continue;
    questionIds.push(...candidates.map((question) => question.id));
    factIds.push(fact.factId);
  }
  if (!questionIds.length) return { ok: false, reason: "no_questions" };
  return { ok: true, questionIds, factIds };
}
