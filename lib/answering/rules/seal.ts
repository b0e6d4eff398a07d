// Ids that say nothing: every question and option id a graded client sees (a self-study attempt, a live game,
// an assignment) is a keyed hash of the real id, with the server's secret and the attempt or game as its scope.
// The same question has other ids in every attempt and in learn mode, so nothing a client got elsewhere (learn
// cards, the open fact base, another attempt's feedback) maps onto a question by its id: to use it, a player has
// to recognise the question, which is what studying is. Answers are stored as given (sealed); the same seal
// reads them again for the results and the reports.
import { createHmac } from "node:crypto";
import type { TAnswerFeedback } from "@/lib/answering/types";
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TOption, TStoredQuestion } from "@/questions/types";

export type TSeal = (realId: string) => string;

/** The sealing function of one scope (an attempt's or a game's id). */
export function createSeal(secret: string, scope: string): TSeal {
  const known = new Map<string, string>();
  return (realId) => {
    let sealed = known.get(realId);
    if (!sealed) {
      sealed = createHmac("sha256", secret).update(scope).update("\0").update(realId).digest("base64url").slice(0, 12);
      known.set(realId, sealed);
    }
    return sealed;
  };
}

/** The sealed id of a question in a scope. */
export const sealedQuestionId = (seal: TSeal, questionId: string) => `q${seal(`q:${questionId}`)}`;

/**
 * The question with sealed ids: its own, its options' and those in its answer key. Grading, scoring, reveals and
 * reports work on it unchanged. Map answers (country codes), numbers and true/false are not keys and stay.
 */
const sealedOptionId = (seal: TSeal, questionId: string, optionId: string) => `o${seal(`o:${questionId}:${optionId}`)}`;

export function sealQuestion<Q extends TStoredQuestion>(question: Q, seal: TSeal): Q {
  const option = (id: string) => sealedOptionId(seal, question.id, id);
  const options = question.options.map((each: TOption) => ({ ...each, id: option(each.id) }));
  const id = sealedQuestionId(seal, question.id);
  switch (question.kind) {
    case "single":
      return { ...question, id, options, answer: option(question.answer) };
    case "truefalse":
      // "true" and "false" say no more than the options' words do.
      return { ...question, id };
    case "multi":
    case "ordering":
      return { ...question, id, options, answer: question.answer.map(option) };
    case "matching":
      return { ...question, id, options, answer: question.answer.map(([left, right]) => [option(left), option(right)]) };
    default:
      return { ...question, id, options };
  }
}

/** An answer as the client gives it (sealed ids) in real ids; an id that is no option's stays, for the grader to refuse. */
export function unsealAnswer(question: TStoredQuestion, answer: TAnswerValue | null, seal: TSeal): TAnswerValue | null {
  if (answer === null || question.kind === "map" || question.kind === "numeric" || question.kind === "truefalse") return answer;
  const sealed = sealQuestion(question, seal);
  const real = new Map(sealed.options.map((option, index) => [option.id, question.options[index]!.id]));
  const one = (id: string) => real.get(id) ?? id;
  if (typeof answer === "string") return one(answer);
  if (typeof answer === "number") return answer;
  return (answer as Array<string | [string, string]>).map((item) =>
    Array.isArray(item) ? ([one(item[0]), one(item[1])] as [string, string]) : one(item),
  ) as TAnswerValue;
}

/** An answer in real ids as a client of the scope sees it. */
export function sealAnswer(question: TStoredQuestion, answer: TAnswerValue | null, seal: TSeal): TAnswerValue | null {
  if (answer === null || question.kind === "map" || question.kind === "numeric" || question.kind === "truefalse") return answer;
  const option = (id: string) => (question.options.some((each) => each.id === id) ? sealedOptionId(seal, question.id, id) : id);
  if (typeof answer === "string") return option(answer);
  if (typeof answer === "number") return answer;
  return (answer as Array<string | [string, string]>).map((item) =>
    Array.isArray(item) ? ([option(item[0]), option(item[1])] as [string, string]) : option(item),
  ) as TAnswerValue;
}

/** Feedback on an answer as a client of the scope sees it: the question's id, the answer given and the key sealed. */
export function sealFeedback(question: TStoredQuestion, feedback: TAnswerFeedback, seal: TSeal): TAnswerFeedback {
  const sealed = sealQuestion(question, seal);
  return {
    ...feedback,
    questionId: sealed.id,
    given: sealAnswer(question, feedback.given, seal),
    solution: { ...feedback.solution, answer: sealed.answer },
  };
}
