// Grading an answer against the question bank: right or wrong, and how close (0 to 1) for partial credit.
// Pure: no database, no clock.
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TQuestion } from "@/questions/types";

export type TGrade = { correct: boolean; closeness: number };

export class AnswerShapeError extends Error {
  override name = "AnswerShapeError";
}

type TGradable = Pick<TQuestion, "kind" | "answer" | "options">;

function expectString(answer: TAnswerValue, what: string): string {
  if (typeof answer !== "string") throw new AnswerShapeError(`expected ${what}`);
  return answer;
}

function expectIds(answer: TAnswerValue, what: string): string[] {
  if (!Array.isArray(answer) || !answer.every((item) => typeof item === "string")) throw new AnswerShapeError(`expected ${what}`);
  return answer as string[];
}

/** Closeness of an estimate: full within the tolerance, then falling linearly to 0 at an error as large as the value. */
export function estimateCloseness(guess: number, value: number, tolerance: number): number {
  return rangeCloseness(guess, value - tolerance, value + tolerance, value);
}

/**
 * The answers that count as fully right: value ± tolerance, or for a lower bound ("more than 30,000") from the
 * bound up to bound + tolerance – never below it, since the source says "more than".
 */
export function acceptedRange(answer: { value: number; tolerance: number; qualifier?: "exact" | "more-than" }): [number, number] {
  if (answer.qualifier === "more-than") return [answer.value, answer.value + answer.tolerance];
  return [answer.value - answer.tolerance, answer.value + answer.tolerance];
}

/** Full within [low, high], then falling linearly to 0 at a distance from the range as large as the value. */
export function rangeCloseness(guess: number, low: number, high: number, value: number): number {
  const error = guess < low ? low - guess : guess > high ? guess - high : 0;
  return Math.max(0, 1 - error / Math.max(value, 1));
}

/** Grades an answer; null (no answer before the time ran out) is simply wrong. */
export function gradeAnswer(question: TGradable, answer: TAnswerValue | null): TGrade {
  if (answer === null) return { correct: false, closeness: 0 };
  const optionIds = new Set(question.options.map((option) => option.id));
  switch (question.kind) {
    case "single":
    case "truefalse": {
      const chosen = expectString(answer, "the id of one option");
      if (!optionIds.has(chosen)) throw new AnswerShapeError(`"${chosen}" is not one of the options`);
      const correct = chosen === question.answer;
      return { correct, closeness: correct ? 1 : 0 };
    }
    case "map": {
      const code = expectString(answer, "a country code such as KZ").toUpperCase();
      if (!/^[A-Z]{2}$/.test(code)) throw new AnswerShapeError("expected a country code such as KZ");
      const correct = code === question.answer;
      return { correct, closeness: correct ? 1 : 0 };
    }
    case "multi": {
      const chosen = new Set(expectIds(answer, "a list of option ids"));
      for (const id of chosen) if (!optionIds.has(id)) throw new AnswerShapeError(`"${id}" is not one of the options`);
      const key = new Set(question.answer as string[]);
      const hits = [...chosen].filter((id) => key.has(id)).length;
      const misses = chosen.size - hits;
      const correct = hits === key.size && misses === 0;
      return { correct, closeness: correct ? 1 : Math.max(0, (hits - misses) / key.size) };
    }
    case "numeric": {
      if (typeof answer !== "number" || !Number.isFinite(answer)) throw new AnswerShapeError("expected a number");
      const key = question.answer as { value: number; tolerance: number; qualifier?: "exact" | "more-than" };
      const [low, high] = acceptedRange(key);
      const closeness = rangeCloseness(answer, low, high, key.value);
      return { correct: closeness === 1, closeness };
    }
    case "matching": {
      if (
        !Array.isArray(answer) ||
        !answer.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((id) => typeof id === "string"))
      ) {
        throw new AnswerShapeError("expected a list of [left id, right id] pairs");
      }
      const pairs = answer as Array<[string, string]>;
      const key = question.answer as Array<[string, string]>;
      const lefts = pairs.map(([left]) => left);
      if (new Set(lefts).size !== lefts.length) throw new AnswerShapeError("each left item may be paired once");
      for (const [left, right] of pairs) {
        if (!optionIds.has(left) || !optionIds.has(right))
          throw new AnswerShapeError(`"${left}" – "${right}" pairs unknown items`);
      }
      const right = new Set(key.map(([l, r]) => `${l}=${r}`));
      const hits = pairs.filter(([l, r]) => right.has(`${l}=${r}`)).length;
      return { correct: hits === key.length, closeness: hits / key.length };
    }
    case "ordering": {
      const order = expectIds(answer, "the option ids in order");
      const key = question.answer as string[];
      if (order.length !== key.length || new Set(order).size !== order.length || !order.every((id) => optionIds.has(id))) {
        throw new AnswerShapeError("expected every option id exactly once");
      }
      // Share of item pairs in the right relative order (1 = exactly right, 0 = reversed).
      const position = new Map(key.map((id, index) => [id, index]));
      let inOrder = 0;
      let pairs = 0;
      for (let i = 0; i < order.length; i++) {
        for (let j = i + 1; j < order.length; j++) {
          pairs++;
          if (position.get(order[i]!)! < position.get(order[j]!)!) inOrder++;
        }
      }
      const correct = order.every((id, index) => key[index] === id);
      return { correct, closeness: correct ? 1 : inOrder / pairs };
    }
  }
}
