// What a learn session does with one card: which of the fact's questions to ask, how to grade the answer in the
// browser, and the answer as the history keeps it. Pure; safe in the browser (types only from fact-deck).
import { gradeAnswer, type TGrade } from "@/lib/scoring/rules/grade";
import { type TAnswerValue } from "@/lib/scoring/types";
import type { TAnswerRecord, TFsrsCardJson } from "@/lib/progress/store/schema";
import type { TLearnFact, TLearnQuestion } from "./fact-deck";

/** The question to ask for a fact: the next of its questions at each review, so a fact is seen from all sides. */
export function questionFor(fact: TLearnFact, card: TFsrsCardJson | undefined): TLearnQuestion {
  return fact.questions[(card?.reps ?? 0) % fact.questions.length]!;
}

/** Grades an answer against the question's solution, as the server grades quiz answers. */
export function gradeLearnAnswer(item: TLearnQuestion, answer: TAnswerValue | null): TGrade {
  const gradable = { kind: item.question.kind, options: item.question.options, answer: item.solution.answer };
  return gradeAnswer(gradable as Parameters<typeof gradeAnswer>[0], answer);
}

/** A learn answer for the history (accuracy over time, streak). "I don't know" is a wrong answer. */
export function learnAnswerRecord(fact: TLearnFact, item: TLearnQuestion, grade: TGrade, setId: string, at: Date): TAnswerRecord {
  return {
    questionId: item.question.id,
    setId,
    kind: item.question.kind,
    factIds: [fact.id],
    countries: item.solution.tags.countries,
    themes: item.solution.tags.themes,
    correct: grade.correct,
    closeness: grade.closeness,
    at: at.toISOString(),
    source: "learn",
  };
}
