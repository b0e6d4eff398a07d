// What a learn session does with one card: which of the fact's questions to ask, how to grade the answer in the
// browser once the card's back has been read, and the answer as the history keeps it. Pure; safe in the
// browser (types only from fact-deck).
import { gradeAnswer, type TGrade } from "@/lib/scoring/rules/grade";
import { type TAnswerValue } from "@/lib/scoring/types";
import type { TAnswerRecord, TFsrsCardJson } from "@/lib/progress/store/schema";
import type { TPlayableQuestion, TQuestionSolution } from "@/questions/present";
import type { TLearnCard } from "./fact-deck";

/** The question to ask for a fact: the next of its questions at each review, so a fact is seen from all sides. */
export function questionFor(card: TLearnCard, fsrs: TFsrsCardJson | undefined): TPlayableQuestion {
  return card.questions[(fsrs?.reps ?? 0) % card.questions.length]!;
}

/** Grades an answer against the question's solution, as the server grades quiz answers. */
export function gradeLearnAnswer(question: TPlayableQuestion, solution: TQuestionSolution, answer: TAnswerValue): TGrade {
  const gradable = { kind: question.kind, options: question.options, answer: solution.answer };
  return gradeAnswer(gradable as Parameters<typeof gradeAnswer>[0], answer);
}

/** A learn answer for the history (accuracy over time, streak). "I don't know" is a wrong answer. */
export function learnAnswerRecord(
  input: { factId: string; question: TPlayableQuestion; solution: TQuestionSolution; grade: TGrade; setId: string },
  at: Date,
): TAnswerRecord {
  return {
    questionId: input.question.id,
    setId: input.setId,
    kind: input.question.kind,
    factIds: [input.factId],
    countries: input.solution.tags.countries,
    themes: input.solution.tags.themes,
    correct: input.grade.correct,
    closeness: input.grade.closeness,
    at: at.toISOString(),
    source: "learn",
  };
}
