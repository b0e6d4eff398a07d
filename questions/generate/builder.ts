// Shared parts of every generator: ids, sources, as-of dates, tags and the options they offer.
import type { TFact, TKnowledgeBase } from "@/questions/kb";
import { stableHash } from "@/questions/random";
import type { TLocalized, TRegion, TTheme } from "@/questions/schema";
import { both, capitalize, formatDate } from "@/questions/text";
import type { TCheck, TOption, TQuestion, TQuestionKind } from "@/questions/types";
import { borrowedFacts } from "./context";

const ID_PREFIX: Record<TQuestionKind, string> = {
  single: "sc",
  multi: "ms",
  truefalse: "tf",
  numeric: "nu",
  matching: "ma",
  ordering: "or",
  map: "mp",
};

type TDistribute<T> = T extends TQuestion
  ? Omit<T, "id" | "sources" | "asOf" | "asOfLabel" | "tags" | "factIds" | "note">
  : never;

/** What a generator says about a question; makeQuestion derives the rest. */
export type TDraft = TDistribute<TQuestion> & {
  /** Names the template and variant: with the kind and facts it makes the stable id. */
  key: string;
  facts: TFact[];
  themes: TTheme[];
  countries: string[];
  /** Replaces the facts' editorial notes; null shows none (when the facts are only the question's source). */
  note?: TLocalized | null;
};

function latest(dates: string[]): string {
  return [...dates].sort().at(-1) ?? "";
}

/** When a source sentence's facts stand: the fact's own date where it names one, else its article's. */
function sourceAsOf(kb: TKnowledgeBase, fact: TFact, source: TFact["sources"][number]): string {
  return fact.asOf ?? kb.sources.get(source.file)?.asOf ?? "";
}

export function factAsOf(kb: TKnowledgeBase, fact: TFact): string {
  return fact.asOf ?? latest(fact.sources.map((source) => sourceAsOf(kb, fact, source)));
}

/** "Stand laut DW: Juni 2024" / "As of June 2024, per DW": each article the question rests on, with its date. */
export function asOfLabel(kb: TKnowledgeBase, sources: Array<{ file: string; asOf?: string }>): TLocalized {
  const dated = [...new Map(sources.map((source) => [`${source.file}@${source.asOf}`, source])).values()].sort((a, b) =>
    (a.asOf ?? "").localeCompare(b.asOf ?? ""),
  );
  return both((lang) => {
    const parts = dated.map((source) => {
      const short = kb.sources.get(source.file)!.short[lang];
      const date = formatDate(source.asOf || kb.sources.get(source.file)!.asOf, lang);
      return lang === "de" ? `laut ${short}: ${date}` : `${date}, per ${short}`;
    });
    return lang === "de" ? `Stand ${parts.join("; ")}` : `As of ${parts.join("; ")}`;
  });
}

/** The corrections of every fact that rests on one of these source sentences. */
export function correctionsOf(kb: TKnowledgeBase, sources: Array<{ file: string; quote: string }>): TLocalized[] {
  const shown = new Set(sources.map((source) => `${source.file}\n${source.quote}`));
  return kb.facts.flatMap((fact) =>
    fact.correction && fact.sources.some((source) => shown.has(`${source.file}\n${source.quote}`)) ? [fact.correction.note] : [],
  );
}

export function makeQuestion(kb: TKnowledgeBase, draft: TDraft): TQuestion {
  const { key, facts: own, themes, countries, note, ...question } = draft;
  const facts = [...own, ...borrowedFacts(kb, own, question.explanation)];
  const factIds = [...new Set(facts.map((fact) => fact.id))].sort();
  const sources = [
    ...new Map(
      facts
        // Each sentence with its own article's date: a question may rest on articles of different dates.
        .flatMap((fact) => fact.sources.map((source) => ({ ...source, asOf: sourceAsOf(kb, fact, source) })))
        .map((source) => [`${source.file}\n${source.quote}`, { ...source, label: kb.sources.get(source.file)!.label }]),
    ).values(),
  ];
  const regions = [
    ...new Set(countries.map((code) => kb.countries.get(code)?.region).filter((region): region is TRegion => Boolean(region))),
  ].sort();
  const editorial = note ? [note] : note === null ? [] : facts.flatMap((fact) => (fact.note ? [fact.note] : []));
  // What changed since a status stopped holding, and where an article is wrong, is always said – whatever else the
  // question notes, and for every source sentence it shows (another fact may correct the same sentence).
  const notes = [
    ...new Map(
      [
        ...facts.flatMap((fact) => (fact.correction ? [fact.correction.note] : [])),
        ...correctionsOf(kb, sources),
        ...editorial,
        ...facts.flatMap((fact) => (fact.until ? [fact.until.note] : [])),
      ].map((n) => [n.de, n]),
    ).values(),
  ];
  return {
    ...question,
    // The id rests on the facts the question tests, not on those its explanation borrows context from.
    id: `${ID_PREFIX[question.kind]}-${stableHash(question.kind, key, [...new Set(own.map((fact) => fact.id))].sort().join(",")).slice(0, 10)}`,
    sources,
    asOf: latest(facts.map((fact) => factAsOf(kb, fact))),
    asOfLabel: asOfLabel(kb, sources),
    factIds,
    tags: { regions, themes: [...new Set(themes)].sort(), countries: [...new Set(countries)].sort() },
    ...(notes.length ? { note: both((lang) => notes.map((n) => n[lang]).join(" ")) } : {}),
  } as TQuestion;
}

export function countryName(kb: TKnowledgeBase, code: string): TLocalized {
  const country = kb.countries.get(code);
  if (!country) throw new Error(`unknown country ${code}`);
  return country.name;
}

export function countryOption(kb: TKnowledgeBase, code: string): TOption {
  return { id: code.toLowerCase(), text: countryName(kb, code), subject: code };
}

export function personOption(kb: TKnowledgeBase, personId: string): TOption {
  const person = kb.people.get(personId);
  if (!person) throw new Error(`unknown person ${personId}`);
  return { id: personId, text: person.name, subject: personId };
}

export function organisationOption(kb: TKnowledgeBase, id: string): TOption {
  const org = kb.organisations.get(id);
  if (!org) throw new Error(`unknown organisation ${id}`);
  return { id, text: org.name, subject: id };
}

export function itemOption(kb: TKnowledgeBase, id: string): TOption {
  const item = kb.items.get(id);
  if (!item) throw new Error(`unknown support item ${id}`);
  return { id, text: both((lang) => capitalize(item.label[lang])), subject: id };
}

export const TRUE_FALSE_OPTIONS: TOption[] = [
  { id: "true", text: { de: "Richtig", en: "True" }, subject: "true" },
  { id: "false", text: { de: "Falsch", en: "False" }, subject: "false" },
];

export function check(relation: string, args: Record<string, string>, subject?: string): TCheck {
  return subject === undefined ? { relation, args } : { relation, args, subject };
}

/** A check for a question that asks what the articles say (its wrong options may be what they leave unsaid). */
export function articleCheck(relation: string, args: Record<string, string>, subject?: string): TCheck {
  return { ...check(relation, args, subject), scope: "article" };
}

/** Options sorted by id: the stored order never hints at the answer; players see a seeded shuffle. */
export function canonical(options: TOption[]): TOption[] {
  return [...options].sort((a, b) => a.id.localeCompare(b.id));
}

/** One of two variants, picked stably by a key (e.g. a true or a false statement). */
export function stableFlip(key: string): boolean {
  return Number.parseInt(stableHash(key).slice(0, 2), 16) % 2 === 0;
}

/** Items grouped by a key, groups in key order. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}
