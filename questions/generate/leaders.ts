// Leader facts: who leads a country, which country a leader leads, true/false, and leader ↔ country pairs.
import { candidateCountries, factsOfType, leads, type TKnowledgeBase, type TLeaderFact } from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both } from "@/questions/text";
import {
  canonical,
  check,
  countryName,
  countryOption,
  personOption,
  stableFlip,
  TRUE_FALSE_OPTIONS,
  type TDraft,
} from "./builder";

const WELL_KNOWN = new Set(["xi", "kim", "modi", "lukashenko"]);

function verbs(fact: TLeaderFact) {
  const current = fact.status === "in-office";
  return { de: current ? "ist" : "war", en: current ? "is" : "was" };
}

function period(fact: TLeaderFact, lang: "de" | "en"): string {
  return fact.period ? ` (${fact.period.text[lang]})` : "";
}

/** "Kassym-Schomart Tokajew ist Präsident von Kasachstan." for the given country. */
function leaderClaim(kb: TKnowledgeBase, fact: TLeaderFact, country: string) {
  const name = countryName(kb, country);
  const verb = verbs(fact);
  return both((lang) =>
    lang === "de"
      ? `${fact.person.de} ${verb.de} ${fact.role.de} von ${name.de}${period(fact, "de")}.`
      : `${fact.person.en} ${verb.en} the ${fact.role.en} of ${name.en}${period(fact, "en")}.`,
  );
}

export function leaderQuestions(kb: TKnowledgeBase): TDraft[] {
  const facts = factsOfType(kb, "leader").sort((a, b) => a.id.localeCompare(b.id));
  const drafts: TDraft[] = [];
  const allPeople = facts.map((fact) => fact.personId);

  for (const fact of facts) {
    const country = fact.country!;
    const name = countryName(kb, country);
    const verb = verbs(fact);
    const explanation = leaderClaim(kb, fact, country);
    const difficulty = WELL_KNOWN.has(fact.personId) ? 1 : 2;
    const common = { facts: [fact], themes: ["leaders" as const], countries: [country], explanation };

    const otherPeople = allPeople.filter((person) => leads(kb, person, country) === "false");
    drafts.push({
      ...common,
      kind: "single",
      key: "leader-who",
      difficulty,
      prompt: both((lang) =>
        lang === "de"
          ? `Wer ${verb.de} laut Artikel ${fact.role.de} von ${name.de}${period(fact, "de")}?`
          : `According to the article, who ${verb.en} the ${fact.role.en} of ${name.en}${period(fact, "en")}?`,
      ),
      options: canonical([fact.personId, ...seededPick(otherPeople, 3, `leader-who:${fact.id}`)].map((p) => personOption(kb, p))),
      answer: fact.personId,
      check: check("leads-country", { country }),
    });

    const otherCountries = candidateCountries(kb)
      .map((c) => c.code)
      .filter((code) => leads(kb, fact.personId, code) === "false");
    drafts.push({
      ...common,
      kind: "single",
      key: "leader-country",
      difficulty,
      prompt: both((lang) =>
        lang === "de"
          ? `Welches Land ${fact.status === "in-office" ? "führt" : "führte"} ${fact.person.de} laut Artikel als ${fact.role.de}?`
          : `According to the article, which country ${fact.status === "in-office" ? "does" : "did"} ${fact.person.en} lead as ${fact.role.en}?`,
      ),
      options: canonical(
        [country, ...seededPick(otherCountries, 3, `leader-country:${fact.id}`)].map((code) => countryOption(kb, code)),
      ),
      answer: country.toLowerCase(),
      check: check("country-of-leader", { person: fact.personId }),
    });

    const truthful = stableFlip(`leader-tf:${fact.id}`);
    const shown = truthful ? country : seededPick(otherCountries, 1, `leader-tf-swap:${fact.id}`)[0]!;
    drafts.push({
      ...common,
      kind: "truefalse",
      key: "leader-tf",
      difficulty: 1,
      prompt: leaderClaim(kb, fact, shown),
      options: TRUE_FALSE_OPTIONS,
      answer: truthful ? "true" : "false",
      check: check("leads-country", { country: shown }, fact.personId),
    });
  }

  // Pairs: every leader appears in at least one matching question of four.
  const groups: TLeaderFact[][] = [];
  for (let start = 0; start < facts.length; start += 4) {
    const group = facts.slice(start, start + 4);
    if (group.length < 4) group.push(...facts.slice(0, 4 - group.length));
    groups.push(group);
  }
  for (const group of groups) {
    drafts.push({
      kind: "matching",
      key: `leader-pairs:${group.map((fact) => fact.id).join("|")}`,
      difficulty: 2,
      prompt: {
        de: "Ordne jedem Anführer sein Land zu (Stand laut Artikel).",
        en: "Match each leader with their country (as the articles have it).",
      },
      options: [
        ...canonical(group.map((fact) => ({ ...personOption(kb, fact.personId), side: "left" as const }))),
        ...canonical(group.map((fact) => ({ ...countryOption(kb, fact.country!), side: "right" as const }))),
      ],
      answer: group.map((fact) => [fact.personId, fact.country!.toLowerCase()] as [string, string]),
      explanation: both((lang) => group.map((fact) => leaderClaim(kb, fact, fact.country!)[lang]).join(" ")),
      facts: group,
      themes: ["leaders"],
      countries: group.map((fact) => fact.country!),
      check: check("leader-pair", {}),
    });
  }
  return drafts;
}
