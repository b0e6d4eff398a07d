// The knowledge base: the validated fact files, indexed. The truth functions here decide, independently of
// the generator, whether a statement holds: "true" (the articles say so), "false" (known not to hold in the
// world), "unsaid" (the articles do not say so, and nothing known says it holds: usable as a wrong answer only
// where the question asks what the articles say) or "unknown" (true or unclear in the real world per
// background.yaml, so never usable as a wrong answer or a "false" key).
import type { TLocalized, TRegion } from "./schema";
import type { z } from "zod";
import type {
  ZDescriptorFact,
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

export type TTruth = "true" | "false" | "unsaid" | "unknown";

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
export type TDescriptorFact = z.infer<typeof ZDescriptorFact> & TFactMeta;
export type TFact =
  | TDescriptorFact
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

export type TCountry = { code: string; name: TLocalized; of?: string; region?: TRegion; role: "ally" | "host" | "context" };
export type TPerson = { id: string; name: TLocalized; role: TLocalized; country: string };
export type TOrganisation = {
  id: string;
  kind: "alliance" | "institution";
  the?: TLocalized;
  name: TLocalized;
  short: TLocalized;
  member: TLocalized;
  about?: TLocalized;
};
export type TSupportItem = {
  id: string;
  category: "military" | "economy";
  label: TLocalized;
  ask: TLocalized;
  claim: TLocalized;
  named: TLocalized;
  unique?: boolean;
};
export type TSource = {
  file: string;
  label: TLocalized;
  short: TLocalized;
  per: TLocalized;
  lists: string[];
  publisher: TLocalized;
  asOf: string;
  asOfBasis: TLocalized;
  text: string;
};
export type TBackground = {
  memberships: Record<string, string[]>;
  events: Record<string, { present: string[]; years: number[] }>;
  statements: Record<string, string[]>;
  support: Record<string, string[]>;
  unVoteAgainst: string[];
  groups: Record<string, string[]>;
  nearMisses: Record<string, string[]>;
  attributionMisses: Record<string, string[]>;
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

/** "laut DW" / "according to DW" for a fact from one article, "laut den Artikeln" for one from both. */
export function perSource(kb: TKnowledgeBase, fact: TFact): TLocalized {
  const files = [...new Set(fact.sources.map((source) => source.file))];
  const only = files.length === 1 ? kb.sources.get(files[0]!) : undefined;
  return only?.per ?? { de: "laut den Artikeln", en: "according to the articles" };
}

export function factsOfType<T extends TFactType>(kb: TKnowledgeBase, type: T): Array<Extract<TFact, { type: T }>> {
  return kb.facts.filter((fact): fact is Extract<TFact, { type: T }> => fact.type === type);
}

/** Countries that may appear as answers or wrong options: allies and hosts, never the context (Russia, Ukraine). */
export function candidateCountries(kb: TKnowledgeBase): TCountry[] {
  return [...kb.countries.values()].filter((country) => country.role !== "context");
}

const truth = (holds: boolean): TTruth => (holds ? "true" : "false");

/** `person` holds (or held) `role` (German title) in `country`: the article's office is true, the near-miss false. */
export function holdsOffice(kb: TKnowledgeBase, personId: string, role: string): TTruth {
  const fact = factsOfType(kb, "leader").find((candidate) => candidate.personId === personId);
  if (!fact) return "unknown";
  if (fact.role.de === role) return "true";
  return fact.notRole?.role.de === role ? "false" : "unknown";
}

/** `person` leads (or led) `country`, by the leader facts. A person leads one country. */
export function leads(kb: TKnowledgeBase, personId: string, country: string): TTruth {
  return truth(factsOfType(kb, "leader").some((fact) => fact.personId === personId && fact.country === country));
}

function membership(kb: TKnowledgeBase, country: string, organisation: string) {
  return factsOfType(kb, "membership").find((fact) => fact.country === country && fact.organisation === organisation);
}

/** A full member. A partner country is "unknown" here, so no question can key it as a member. */
export function isMember(kb: TKnowledgeBase, country: string, organisation: string): TTruth {
  const fact = membership(kb, country, organisation);
  if (fact) return fact.status === "member" ? "true" : "unknown";
  return kb.background.memberships[organisation]?.includes(country) ? "unknown" : "false";
}

/** A member or partner country: tied to the organisation either way. */
export function isTiedTo(kb: TKnowledgeBase, country: string, organisation: string): TTruth {
  if (membership(kb, country, organisation)) return "true";
  return kb.background.memberships[organisation]?.includes(country) ? "unknown" : "false";
}

/** A full member: a partner country is not one (whatever an article says). */
export function isFullMember(kb: TKnowledgeBase, country: string, organisation: string): TTruth {
  const fact = membership(kb, country, organisation);
  if (fact) return fact.status === "member" ? "true" : "false";
  return kb.background.memberships[organisation]?.includes(country) ? "unknown" : "false";
}

export function isPartner(kb: TKnowledgeBase, country: string, organisation: string): TTruth {
  const fact = membership(kb, country, organisation);
  if (fact) return fact.status === "partner" ? "true" : "false";
  return kb.background.memberships[organisation]?.includes(country) ? "unknown" : "false";
}

export function supplies(kb: TKnowledgeBase, country: string, item: string): TTruth {
  if (factsOfType(kb, "support").some((fact) => fact.country === country && fact.items.includes(item))) return "true";
  // The articles are no complete list of who supports Russia how: silence is not "false" – unless only one
  // country can give it.
  if (kb.background.support[item]?.includes(country)) return "unknown";
  return kb.items.get(item)?.unique ? "false" : "unsaid";
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
  if (kb.background.statements[factId]?.includes(subject)) return "unknown";
  // A country a teacher vetted: the statement is known false for it, or clearly does not fit it, in the world.
  if (kb.background.attributionMisses[factId]?.includes(subject)) return "false";
  // An exclusive claim ("the closest ally") holds for one subject by the article's own words; any other claim
  // the article simply does not make of another subject.
  return fact.exclusive ? "false" : "unsaid";
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
  // "Unlike North Korea, China did not vote against every one" does not say China never voted against one.
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

/** The person did what the event says; someone else also present (background.yaml events) is "unknown". */
export function actedIn(kb: TKnowledgeBase, personId: string, eventFactId: string): TTruth {
  const fact = kb.factsById.get(eventFactId);
  if (fact?.type !== "event" || !fact.actor) return "unknown";
  if (fact.actor === personId) return "true";
  return kb.background.events[eventFactId]?.present.includes(personId) ? "unknown" : "false";
}

/** Other years an event of this kind happened (it recurs), per background.yaml. */
export function otherOccurrences(kb: TKnowledgeBase, eventFactId: string): number[] {
  return kb.background.events[eventFactId]?.years ?? [];
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
  if (Number(fact.date.slice(0, 4)) === year) return "true";
  // A year the same kind of event also happened is no wrong answer.
  return otherOccurrences(kb, eventFactId).includes(year) ? "unknown" : "false";
}

/** Event a certainly happened before event b: their dates do not overlap. */
export function happenedBefore(kb: TKnowledgeBase, a: string, b: string): TTruth {
  const first = kb.factsById.get(a);
  const second = kb.factsById.get(b);
  if (first?.type !== "event" || second?.type !== "event" || !first.date || !second.date) return "unknown";
  // A recurring event is placed only by the detail that makes it unique.
  for (const fact of [first, second]) if (otherOccurrences(kb, fact.id).length && !fact.detail) return "unknown";
  const [, firstEnd] = dateSpan(first.date);
  const [secondStart, secondEnd] = dateSpan(second.date);
  const [firstStart] = dateSpan(first.date);
  if (firstEnd < secondStart) return "true";
  if (secondEnd < firstStart) return "false";
  return "unknown";
}

/**
 * The person held no office any more when the event happened (Raisi died in May 2024, Assad fell in December
 * 2024): no plausible answer to "who did it" for a later event.
 */
export function outOfOfficeAt(kb: TKnowledgeBase, personId: string, eventFactId: string): boolean {
  const event = kb.factsById.get(eventFactId);
  const leader = factsOfType(kb, "leader").find((fact) => fact.personId === personId);
  if (event?.type !== "event" || !event.date || !leader || leader.status === "in-office" || !leader.period?.to) return false;
  return dateSpan(leader.period.to)[1] < dateSpan(event.date)[0];
}
