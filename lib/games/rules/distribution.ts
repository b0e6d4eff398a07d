// How the room answered a question, for the projector's chart: counts per option for choice questions, per
// country for map questions, and right / partly / wrong for the rest. Pure.
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TStoredQuestion } from "@/questions/types";

export type TAnswerOutcome = { answer: TAnswerValue | null; correct: boolean; accuracyPoints: number };

export type TDistribution =
  | { kind: "options"; bars: Array<{ optionId: string; count: number; correct: boolean }>; answered: number; noAnswer: number }
  | { kind: "countries"; bars: Array<{ code: string; count: number; correct: boolean }>; answered: number; noAnswer: number }
  | { kind: "outcomes"; right: number; partly: number; wrong: number; answered: number; noAnswer: number };

/** The most countries a map question's chart shows (the right one is always among them). */
const MAP_BARS = 6;

export function answerDistribution(
  question: TStoredQuestion,
  answers: readonly TAnswerOutcome[],
  playerCount: number,
): TDistribution {
  const given = answers.filter((a) => a.answer !== null);
  const answered = given.length;
  const noAnswer = Math.max(0, playerCount - answered);
  if (question.kind === "single" || question.kind === "truefalse" || question.kind === "multi") {
    const counts = new Map(question.options.map((option) => [option.id, 0]));
    for (const { answer } of given) {
      for (const id of Array.isArray(answer) ? answer : [answer]) {
        if (typeof id === "string" && counts.has(id)) counts.set(id, counts.get(id)! + 1);
      }
    }
    const right = new Set(Array.isArray(question.answer) ? (question.answer as string[]) : [question.answer as string]);
    return {
      kind: "options",
      bars: question.options.map((option) => ({
        optionId: option.id,
        count: counts.get(option.id) ?? 0,
        correct: right.has(option.id),
      })),
      answered,
      noAnswer,
    };
  }
  if (question.kind === "map") {
    const counts = new Map<string, number>([[question.answer, 0]]);
    for (const { answer } of given) {
      const code = String(answer).toUpperCase();
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const bars = [...counts.entries()]
      .map(([code, count]) => ({ code, count, correct: code === question.answer }))
      .sort((a, b) => Number(b.correct) - Number(a.correct) || b.count - a.count || a.code.localeCompare(b.code))
      .slice(0, MAP_BARS);
    return { kind: "countries", bars, answered, noAnswer };
  }
  const right = given.filter((a) => a.correct).length;
  const partly = given.filter((a) => !a.correct && a.accuracyPoints > 0).length;
  return { kind: "outcomes", right, partly, wrong: answered - right - partly, answered, noAnswer };
}
