// The knowledge base: the validated fact files, indexed. The truth functions here decide, independently of
// the generator, whether a statement holds: "true" (the articles say so), "false" (known not to hold) or
// "unknown" (true or unclear in the real world per background.yaml, so never usable as a wrong answer).
import type { TLocalized, TRegion } from "./schema";
import type { z } from "zod";
import type {
  ZEventFact,
  ZGroupFact,
  ZLeaderFact,
  ZMembershipFact,
  ZNumberFact,
  ZQuoteFact,
  ZStatementFact,
  ZSupportFact,
  ZUnVoteFact,
} from "./schema";

export type TTruth = "true" | "false" | "unknown";

type TFactMeta = { country?: string; origin: string };
export type TLeaderFact = z.infer<typeof ZLeaderFact> & TFactMeta;
export type TMembershipFact = z.infer<typeof ZMembershipFact> & TFactMeta;
export type TSupportFact = z.infer<typeof ZSupportFact> & TFactMeta;
export type TNumberFact = z.infer<typeof ZNumberFact> & TFactMeta;
export type TEventFact = z.infer<typeof ZEventFact> & TFactMeta;
export type TQuoteFact = z.infer<typeof ZQuoteFact> & TFactMeta;
export type TStatementFact = z.infer<typeof ZStatementFact> & TFactMeta;
export type TUnVoteFact = z.infer<typeof ZUnVoteFact> & TFactMeta;
export type TGroupFact = z.infer<typeof ZGroupFact> & TFactMeta;
export type TFact =
  | TLeaderFact
  | TMembershipFact
  | TSupportFact
  | TNumberFact
  | TEventFact
  | TQuoteFact
  | TStatementFact
  | TUnVoteFact
  | TGroupFact;
export type TFactType = TFact["type"];

export type TCountry = { code: string; name: TLocalized; region?: TRegion; role: "ally" | "host" | "context" };
export type TPerson = { id: string; name: TLocalized; role: TLocalized; country: string };
export type TOrganisation = {
  id: string;
  kind: "alliance" | "institution";
  the?: TLocalized;
  name: TLocalized;
  short: TLocalized;
  member: TLocalized;
};
export type TSupportItem = {
  id: string;
  category: "military" | "economy";
  label: TLocalized;
  ask: TLocalized;
  claim: TLocalized;
};
export type TSource = {
  file: string;
  label: TLocalized;
  publisher: TLocalized;
  asOf: string;
  asOfBasis: TLocalized;
  text: string;
};
export type TBackground = {
  memberships: Record<string, string[]>;
  support: Record<string, string[]>;
  unVoteAgainst: string[];
  groups: Record<string, string[]>;
};

export type TKnowledgeBase = {
  sources: Map<string, TSource>;
  countries: Map<string, TCountry>;
  people: Map<string, TPerson>;
  organisations: Map<string, TOrganisation>;
  items: Map<string, TSupportItem>;
  facts: TFact[];
  factsById: Map<string, TFact>;
  background: TBackground;
};

export function factsOfType<T extends TFactType>(kb: TKnowledgeBase, type: T): Array<Extract<TFact, { type: T }>> {
  return kb.facts.filter((fact): fact is Extract<TFact, { type: T }> => fact.type === type);
}

/** Countries that may appear as answers or wrong options: allies and hosts, never the context (Russia, Ukraine). */
export function candidateCountries(kb: TKnowledgeBase): TCountry[] {
  return [...kb.countries.values()].filter((country) => country.role !== "context");
}

const truth = (holds: boolean): TTruth => (holds ? "true" : "false");

/** `person` leads (or led) `country`, by the leader facts. A person leads one country. */
export function leads(kb: TKnowledgeBase, personId: string, country: string): TTruth {
  return truth(factsOfType(kb, "leader").some((fact) => fact.personId === personId && fact.country === country));
}

export function isMember(kb: TKnowledgeBase, country: string, organisation: string): TTruth {
  if (factsOfType(kb, "membership").some((fact) => fact.country === country && fact.organisation === organisation)) {
    return "true";
  }
  return kb.background.memberships[organisation]?.includes(country) ? "unknown" : "false";
}

export function supplies(kb: TKnowledgeBase, country: string, item: string): TTruth {
  if (factsOfType(kb, "support").some((fact) => fact.country === country && fact.items.includes(item))) return "true";
  return kb.background.support[item]?.includes(country) ? "unknown" : "false";
}

/**
 * A statement fact, said of `subject` (a country code or organisation id; "" for a statement without one)
 * instead of its own subject.
 */
export function statementHolds(kb: TKnowledgeBase, factId: string, subject: string): TTruth {
  const fact = kb.factsById.get(factId);
  if (fact?.type !== "statement") return "unknown";
  const own = fact.subjectOrganisation ?? fact.country ?? "";
  if (subject === own) return "true";
  return fact.exclusive ? "false" : "unknown";
}

export function inGroup(kb: TKnowledgeBase, factId: string, country: string): TTruth {
  const fact = kb.factsById.get(factId);
  if (fact?.type !== "group") return "unknown";
  if (fact.members.includes(country)) return "true";
  return kb.background.groups[factId]?.includes(country) ? "unknown" : "false";
}

/** Votes against UN resolutions on the war (some or all of them). */
export function votesAgainstUn(kb: TKnowledgeBase, country: string): TTruth {
  const stance = factsOfType(kb, "un-vote").find((fact) => fact.country === country)?.stance;
  if (stance === "against" || stance === "against-all") return "true";
  if (stance) return "false";
  return kb.background.unVoteAgainst.includes(country) ? "unknown" : "false";
}

/** Voted against every single UN resolution on the war. */
export function votesAgainstEveryUnResolution(kb: TKnowledgeBase, country: string): TTruth {
  const stance = factsOfType(kb, "un-vote").find((fact) => fact.country === country)?.stance;
  if (stance === "against-all") return "true";
  if (stance === "against") return "unknown";
  if (stance) return "false";
  return kb.background.unVoteAgainst.includes(country) ? "unknown" : "false";
}

export function said(kb: TKnowledgeBase, personId: string, quoteFactId: string): TTruth {
  const fact = kb.factsById.get(quoteFactId);
  return fact?.type === "quote" ? truth(fact.speaker === personId) : "unknown";
}

export function actedIn(kb: TKnowledgeBase, personId: string, eventFactId: string): TTruth {
  const fact = kb.factsById.get(eventFactId);
  return fact?.type === "event" && fact.actor ? truth(fact.actor === personId) : "unknown";
}

/** The span of time a partial ISO date covers, as [first day, last day] in ms. */
export function dateSpan(date: string): [number, number] {
  const [year = 0, month, day] = date.split("-").map(Number);
  const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const end = day ? start : month ? Date.UTC(year, month, 0) : Date.UTC(year, 11, 31);
  return [start, end];
}

/** The event certainly happened in `year`. */
export function happenedInYear(kb: TKnowledgeBase, eventFactId: string, year: number): TTruth {
  const fact = kb.factsById.get(eventFactId);
  if (fact?.type !== "event" || !fact.date) return "unknown";
  return truth(Number(fact.date.slice(0, 4)) === year);
}

/** Event a certainly happened before event b: their dates do not overlap. */
export function happenedBefore(kb: TKnowledgeBase, a: string, b: string): TTruth {
  const first = kb.factsById.get(a);
  const second = kb.factsById.get(b);
  if (first?.type !== "event" || second?.type !== "event" || !first.date || !second.date) return "unknown";
  const [, firstEnd] = dateSpan(first.date);
  const [secondStart, secondEnd] = dateSpan(second.date);
  const [firstStart] = dateSpan(first.date);
  if (firstEnd < secondStart) return "true";
  if (secondEnd < firstStart) return "false";
  return "unknown";
}
