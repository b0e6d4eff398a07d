// Membership facts: which alliance a country belongs to, which countries belong to an alliance, true/false.
import { candidateCountries, factsOfType, isMember, type TKnowledgeBase } from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both, formatList } from "@/questions/text";
import {
  canonical,
  check,
  countryName,
  countryOption,
  groupBy,
  organisationOption,
  stableFlip,
  TRUE_FALSE_OPTIONS,
  type TDraft,
} from "./builder";

export function membershipQuestions(kb: TKnowledgeBase): TDraft[] {
  const facts = factsOfType(kb, "membership").sort((a, b) => a.id.localeCompare(b.id));
  const alliances = [...kb.organisations.values()].filter((org) => org.kind === "alliance").map((org) => org.id);
  const countries = candidateCountries(kb).map((country) => country.code);
  const drafts: TDraft[] = [];

  const memberClaim = (country: string, orgId: string) => {
    const org = kb.organisations.get(orgId)!;
    const name = countryName(kb, country);
    return both((lang) =>
      lang === "de"
        ? `${name.de} ist laut Artikel ${org.member.de}.`
        : `According to the article, ${name.en} is ${org.member.en}.`,
    );
  };

  for (const [country, countryFacts] of groupBy(facts, (fact) => fact.country!)) {
    const name = countryName(kb, country);
    const orgs = countryFacts.map((fact) => fact.organisation).sort();
    const wrongOrgs = alliances.filter((org) => isMember(kb, country, org) === "false");
    const many = orgs.length > 1;
    drafts.push({
      ...(many ? { kind: "multi" as const, answer: orgs } : { kind: "single" as const, answer: orgs[0]! }),
      key: "membership-org",
      difficulty: 2,
      prompt: both((lang) =>
        lang === "de"
          ? `${many ? "Welchen Staatenbünden" : "Welchem Staatenbund"} gehört ${name.de} laut Artikel an?`
          : `According to the article, which ${many ? "groups of states" : "group of states"} does ${name.en} belong to?`,
      ),
      options: canonical(
        [...orgs, ...seededPick(wrongOrgs, 3, `membership-org:${country}`)].map((org) => organisationOption(kb, org)),
      ),
      explanation: both((lang) => orgs.map((org) => memberClaim(country, org)[lang]).join(" ")),
      facts: countryFacts,
      themes: ["alliances"],
      countries: [country],
      check: check("org-of-country", { country }),
    });
  }

  for (const fact of facts) {
    const country = fact.country!;
    const truthful = stableFlip(`membership-tf:${fact.id}`);
    const nonMembers = countries.filter((code) => isMember(kb, code, fact.organisation) === "false");
    const shown = truthful ? country : seededPick(nonMembers, 1, `membership-tf-swap:${fact.id}`)[0]!;
    drafts.push({
      kind: "truefalse",
      key: "membership-tf",
      difficulty: 1,
      prompt: memberClaim(shown, fact.organisation),
      options: TRUE_FALSE_OPTIONS,
      answer: truthful ? "true" : "false",
      explanation: memberClaim(country, fact.organisation),
      facts: [fact],
      themes: ["alliances"],
      countries: [country],
      check: check("member-of", { organisation: fact.organisation }, shown),
    });
  }

  for (const [orgId, orgFacts] of groupBy(facts, (fact) => fact.organisation)) {
    const org = kb.organisations.get(orgId)!;
    const members = countries.filter((code) => isMember(kb, code, orgId) === "true");
    const nonMembers = countries.filter((code) => isMember(kb, code, orgId) === "false");
    const many = members.length > 1;
    const memberNames = both((lang) =>
      formatList(
        members.map((code) => countryName(kb, code)[lang]),
        lang,
      ),
    );
    const answerIds = members.map((code) => code.toLowerCase());
    drafts.push({
      ...(many ? { kind: "multi" as const, answer: answerIds } : { kind: "single" as const, answer: answerIds[0]! }),
      key: "membership-members",
      difficulty: 2,
      prompt: both((lang) =>
        lang === "de"
          ? `${many ? "Welche dieser Länder sind" : "Welches dieser Länder ist"} laut den Artikeln Mitglied der ${org.short.de}?`
          : `According to the articles, which of these countries ${many ? "are members" : "is a member"} of the ${org.short.en}?`,
      ),
      options: canonical(
        [...members, ...seededPick(nonMembers, 3, `membership-members:${orgId}`)].map((code) => countryOption(kb, code)),
      ),
      explanation: both((lang) =>
        lang === "de"
          ? `Laut den Artikeln ${many ? "sind" : "ist"} ${memberNames.de} Mitglied der ${org.short.de}.`
          : `According to the articles, ${memberNames.en} ${many ? "are members" : "is a member"} of the ${org.short.en}.`,
      ),
      facts: orgFacts,
      themes: ["alliances"],
      countries: members,
      check: check("member-of", { organisation: orgId }),
    });
  }
  return drafts;
}
