// The question bank: facts → generated questions → validation → sets. Pure: no database, no network.
import { alignmentQuestions } from "@/questions/generate/alignment";
import { compareQuestions } from "@/questions/generate/compare";
import { makeQuestion, type TDraft } from "@/questions/generate/builder";
import { eventQuestions } from "@/questions/generate/events";
import { leaderQuestions } from "@/questions/generate/leaders";
import { mapQuestions } from "@/questions/generate/maps";
import { membershipQuestions } from "@/questions/generate/memberships";
import { numberQuestions } from "@/questions/generate/numbers";
import { quoteQuestions } from "@/questions/generate/quotes";
import { statementQuestions } from "@/questions/generate/statements";
import { supportQuestions } from "@/questions/generate/support";
import type { TKnowledgeBase } from "./kb";
import { formatProblem, loadFactBase, QUESTIONS_DIR } from "./load";
import { stableHash } from "./random";
import { buildSets } from "./sets";
import type { TQuestion, TQuestionSet } from "./types";
import { validateQuestions } from "./validate";

export type TQuestionBank = {
  kb: TKnowledgeBase;
  questions: TQuestion[];
  questionsById: Map<string, TQuestion>;
  sets: TQuestionSet[];
  /** Changes whenever any question's content changes. */
  version: string;
};

const GENERATORS: Array<(kb: TKnowledgeBase) => TDraft[]> = [
  mapQuestions,
  leaderQuestions,
  membershipQuestions,
  supportQuestions,
  numberQuestions,
  eventQuestions,
  quoteQuestions,
  statementQuestions,
  alignmentQuestions,
  compareQuestions,
];

/** A hash of everything a player sees or is graded on; the id stays when only this changes. */
export function contentHash(question: TQuestion): string {
  const { id: _id, ...content } = question;
  return stableHash(JSON.stringify(content)).slice(0, 16);
}

export function generateQuestions(kb: TKnowledgeBase): TQuestion[] {
  return GENERATORS.flatMap((generate) => generate(kb)).map((draft) => makeQuestion(kb, draft));
}

/** Facts no question tests. */
export function uncoveredFacts(kb: TKnowledgeBase, questions: TQuestion[]): string[] {
  const tested = new Set(questions.flatMap((question) => question.factIds));
  return kb.facts.filter((fact) => !tested.has(fact.id)).map((fact) => fact.id);
}

/** Allies and hosts no question is about. */
export function uncoveredCountries(kb: TKnowledgeBase, questions: TQuestion[]): string[] {
  const tagged = new Set(questions.flatMap((question) => question.tags.countries));
  return [...kb.countries.values()].filter((c) => c.role !== "context" && !tagged.has(c.code)).map((c) => c.code);
}

export function buildQuestionBank(root: string = QUESTIONS_DIR): { bank?: TQuestionBank; problems: string[] } {
  const { kb, problems } = loadFactBase(root);
  if (!kb) return { problems: problems.map(formatProblem) };
  const questions = generateQuestions(kb);
  const found = [
    ...validateQuestions(kb, questions),
    ...uncoveredFacts(kb, questions).map((id) => `fact ${id}: no question tests it`),
    ...uncoveredCountries(kb, questions).map((code) => `country ${code}: no question is about it`),
  ];
  if (found.length) return { problems: found };
  return {
    bank: {
      kb,
      questions,
      questionsById: new Map(questions.map((question) => [question.id, question])),
      sets: buildSets(questions),
      version: stableHash(...questions.map((question) => `${question.id}:${contentHash(question)}`)).slice(0, 16),
    },
    problems: [],
  };
}
