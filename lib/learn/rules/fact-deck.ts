// The facts as learn mode and flashcards show them, derived from the stored questions (the app's one source of
// content at run time; no second copy of the fact base, no schema change). Every question's explanation states
// the facts it tests, so a fact's statement is the explanation of a question about that fact alone; a question
// about the fact alone whose explanation says something else (e.g. "find Belarus on the map", which cites the
// fact only as its source) does not test the fact and is left out. Pure: no database, runs in tests.
import { playableQuestion, questionSolution, type TPlayableQuestion, type TQuestionSolution } from "@/questions/present";
import type { TLocalized, TTheme } from "@/questions/schema";
import type { TQuestionKind, TStoredQuestion } from "@/questions/types";
import { assignFlashcardCues, flashcardCues } from "./flashcard-cue";

export type TLearnQuestion = { question: TPlayableQuestion; solution: TQuestionSolution };

export type TLearnFact = {
  id: string;
  statement: TLocalized;
  note?: TLocalized;
  sources: TStoredQuestion["sources"];
  asOf: string;
  /** When the fact stands, as the front of its card says it ("Stand laut DW: Juni 2024"). */
  asOfLabel: TLocalized;
  /** The countries the fact is about; empty for Russia and the war's context. */
  countries: string[];
  themes: TTheme[];
  /** A flashcard's prompt: a question its back answers, no two alike (`flashcard-cue.ts`). */
  cue: TLocalized;
  /** The cue asks for the fact's country: the front then hides the country and its map. */
  cueHidesCountry?: true;
  /** The easiest of its questions (1 to 3): new facts are introduced easiest first. */
  difficulty: number;
  /** Questions that test the fact, those that ask for recall first. */
  questions: TLearnQuestion[];
};

/** Which explanation states a fact best: a true/false statement first, a numeric or choice answer after. */
const STATEMENT_KINDS: readonly TQuestionKind[] = ["single", "numeric", "multi", "truefalse", "map"];
/** Which questions learn mode asks first: recalling an answer beats recognising a statement as true. */
const RECALL_KINDS: readonly TQuestionKind[] = ["single", "numeric", "map", "truefalse", "multi"];

const rank = (order: readonly TQuestionKind[], kind: TQuestionKind) => {
  const index = order.indexOf(kind);
  return index < 0 ? order.length : index;
};

/**
 * The questions that test each fact, best first: those on the fact alone; else those that name it first and
 * cite one more fact for context; else any question that cites it (an ordering, a comparison of the articles).
 * Map questions only show where the country lies, which is no fact of the articles: they test none.
 */
function questionsByFact(questions: Iterable<TStoredQuestion>): Map<string, TStoredQuestion[]> {
  const tiers = [
    new Map<string, TStoredQuestion[]>(),
    new Map<string, TStoredQuestion[]>(),
    new Map<string, TStoredQuestion[]>(),
  ];
  for (const question of questions) {
    if (question.kind === "map") continue;
    question.factIds.forEach((factId, index) => {
      const tier = index > 0 || question.factIds.length > 2 ? 2 : question.factIds.length === 1 ? 0 : 1;
      tiers[tier]!.set(factId, [...(tiers[tier]!.get(factId) ?? []), question]);
    });
  }
  const byFact = new Map<string, TStoredQuestion[]>();
  for (const tier of tiers) for (const [factId, tested] of tier) if (!byFact.has(factId)) byFact.set(factId, tested);
  return byFact;
}

type TDraftFact = Omit<TLearnFact, "cue" | "cueHidesCountry"> & { cues: ReturnType<typeof flashcardCues> };

function learnFact(factId: string, candidates: TStoredQuestion[], seed: string): TDraftFact | undefined {
  // The card states the fact the way a right statement explains it: a false near-miss explains a correction.
  const statementRank = (question: TStoredQuestion) =>
    question.kind === "truefalse" && question.answer === "false"
      ? STATEMENT_KINDS.length + 1
      : rank(STATEMENT_KINDS, question.kind);
  const byStatement = [...candidates].sort((a, b) => statementRank(a) - statementRank(b) || a.id.localeCompare(b.id));
  const statement = byStatement[0]?.explanation;
  if (!statement) return undefined;
  const testing = [...byStatement].sort(
    (a, b) => rank(RECALL_KINDS, a.kind) - rank(RECALL_KINDS, b.kind) || a.difficulty - b.difficulty || a.id.localeCompare(b.id),
  );
  const first = testing[0]!;
  // The countries every question stating the fact is tagged with: the fact's own, not a wrong option's or a
  // near-miss false statement's.
  const stating = testing.filter((question) => question.kind !== "truefalse" || question.answer === "true");
  const countries = byStatement[0]!.tags.countries.filter((code) =>
    (stating.length ? stating : testing).every((question) => question.tags.countries.includes(code)),
  );
  return {
    id: factId,
    statement,
    ...(first.note ? { note: first.note } : {}),
    sources: first.sources,
    asOf: first.asOf,
    asOfLabel: first.asOfLabel,
    countries,
    themes: [...new Set(testing.flatMap((question) => question.tags.themes))].sort(),
    cues: flashcardCues(factId, testing, countries),
    difficulty: Math.min(...testing.map((question) => question.difficulty)),
    questions: testing.map((question) => ({ question: playableQuestion(question, seed), solution: questionSolution(question) })),
  };
}

/**
 * What a learn page ships for a fact before anything is answered: its front (countries, themes, date, cue) and
 * its questions as a quiz shows them. No statement, note, source or solution: those are the card's back,
 * fetched when the learner answers or turns the card (`learnBack`).
 */
export type TLearnCard = Pick<
  TLearnFact,
  "id" | "countries" | "themes" | "cue" | "cueHidesCountry" | "asOfLabel" | "difficulty"
> & {
  questions: TPlayableQuestion[];
};

/** The back of a card: the fact with its sources, and the solution of the question that was asked. */
export type TLearnBack = Pick<TLearnFact, "statement" | "note" | "sources" | "asOf"> & {
  factId: string;
  solution?: TQuestionSolution & { questionId: string };
};

export function learnCard(fact: TLearnFact): TLearnCard {
  const { id, countries, themes, cue, cueHidesCountry, asOfLabel, difficulty } = fact;
  return {
    id,
    countries,
    themes,
    cue,
    ...(cueHidesCountry ? { cueHidesCountry } : {}),
    asOfLabel,
    difficulty,
    questions: fact.questions.map((item) => item.question),
  };
}

/** The back of `fact`, with the solution of `questionId` (undefined when that is not one of its questions). */
export function learnBack(fact: TLearnFact, questionId?: string): TLearnBack | undefined {
  const back: TLearnBack = {
    factId: fact.id,
    statement: fact.statement,
    ...(fact.note ? { note: fact.note } : {}),
    sources: fact.sources,
    asOf: fact.asOf,
  };
  if (questionId === undefined) return back;
  const item = fact.questions.find((candidate) => candidate.question.id === questionId);
  return item ? { ...back, solution: { ...item.solution, questionId } } : undefined;
}

/**
 * The learnable facts among `factIds` (all facts with a question of their own when omitted), in fact-id order.
 * `seed` orders the answer options (e.g. the date, so they move from day to day).
 */
export function buildLearnFacts(
  questions: Iterable<TStoredQuestion>,
  options: { factIds?: readonly string[]; seed: string },
): TLearnFact[] {
  const byFact = questionsByFact(questions);
  // Cues are given over every fact, so a fact's cue is the same on every page and unique across all sets.
  const drafts = [...byFact.keys()]
    .sort()
    .map((factId) => learnFact(factId, byFact.get(factId) ?? [], options.seed))
    .filter((fact): fact is TDraftFact => Boolean(fact));
  const cues = assignFlashcardCues(drafts);
  const wanted = new Set(options.factIds ?? byFact.keys());
  return drafts.flatMap(({ cues: _candidates, ...fact }) => {
    const cue = cues.get(fact.id);
    if (!wanted.has(fact.id) || !cue) return [];
    return [{ ...fact, cue: cue.text, ...(cue.hidesCountry ? { cueHidesCountry: true as const } : {}) }];
  });
}
