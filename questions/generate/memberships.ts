// Membership facts: which alliance a country belongs to, which countries belong to an alliance, true/false.
// A partner country (Malaysia in BRICS) is never keyed "member": it is asked as a partner, and "full member"
// is its near-miss false statement.
import { candidateCountries, factsOfType, isMember, perSource, type TKnowledgeBase, type TMembershipFact } from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both, formatList } from "@/questions/text";
import {
  canonical,
  check,
  countryName,
  countryOption,
  groupBy,
  organisationOption,
  TRUE_FALSE_OPTIONS,
  type TDraft,
} from "./builder";

export function membershipQuestions(kb: TKnowledgeBase): TDraft[] {
  const facts = factsOfType(kb, "membership").sort((a, b) => a.id.localeCompare(b.id));
  const alliances = [...kb.organisations.values()].filter((org) => org.kind === "alliance").map((org) => org.id);
  const countries = candidateCountries(kb).map((country) => country.code);
  const drafts: TDraft[] = [];

  const memberClaim = (fact: TMembershipFact, country: string = fact.country!) => {
    const org = kb.organisations.get(fact.organisation)!;
    const name = countryName(kb, country);
    const per = perSource(kb, fact);
    return both((lang) =>
      lang === "de"
        ? `${name.de} ist ${per.de} ${org.member.de}.`
        : `${per.en.replace(/^a/, "A")}, ${name.en} is ${org.member.en}.`,
    );
  };
  const partnerClaim = (fact: TMembershipFact) => {
    const org = kb.organisations.get(fact.organisation)!;
    const name = countryName(kb, fact.country!);
    return both((lang) =>
      lang === "de"
        ? `${name.de} ist Partnerland der ${org.short.de}, kein Vollmitglied.`
        : `${name.en} is a partner country of ${org.short.en}, not a full member.`,
    );
  };

  for (const [country, countryFacts] of groupBy(facts, (fact) => fact.country!)) {
    const member = countryFacts.filter((fact) => fact.status === "member");
    if (!member.length) continue;
    const name = countryName(kb, country);
    const orgs = member.map((fact) => fact.organisation).sort();
    const wrongOrgs = alliances.filter((org) => isMember(kb, country, org) === "false");
    const many = orgs.length > 1;
    drafts.push({
      ...(many ? { kind: "multi" as const, answer: orgs } : { kind: "single" as const, answer: orgs[0]! }),
      key: "membership-org",
      difficulty: 2,
      prompt: both((lang) =>
        lang === "de"
          ? `${many ? "Welchen internationalen Organisationen und Foren" : "Welcher internationalen Organisation oder welchem Forum"} gehört ${name.de} laut Bildergalerie als Mitglied an?`
          : `According to the picture gallery, which ${many ? "international organisations and forums" : "international organisation or forum"} is ${name.en} a member of?`,
      ),
      options: canonical(
        [...orgs, ...seededPick(wrongOrgs, 3, `membership-org:${country}`)].map((org) => organisationOption(kb, org)),
      ),
      explanation: both((lang) =>
        member
          .map((fact) => `${memberClaim(fact)[lang]} ${kb.organisations.get(fact.organisation)!.about?.[lang] ?? ""}`.trim())
          .join(" "),
      ),
      facts: member,
      themes: ["alliances"],
      countries: [country],
      check: check("org-of-country", { country }),
    });
  }

  for (const fact of facts) {
    const country = fact.country!;
    const common = { options: TRUE_FALSE_OPTIONS, facts: [fact], themes: ["alliances" as const], countries: [country] };
    if (fact.status === "partner") {
      const org = kb.organisations.get(fact.organisation)!;
      const name = countryName(kb, country);
      drafts.push({
        ...common,
        kind: "truefalse",
        key: "partner-tf",
        difficulty: 2,
        prompt: partnerClaim(fact),
        answer: "true",
        explanation: both((lang) =>
          lang === "de"
            ? `Richtig: ${name.de} ist Partnerland der ${org.short.de}; die Bildergalerie nennt es ungenau „Mitglied“.`
            : `True: ${name.en} is a partner country of ${org.short.en}; the picture gallery loosely calls it a “member”.`,
        ),
        check: check("partner-of", { organisation: fact.organisation }, country),
      });
      drafts.push({
        ...common,
        kind: "truefalse",
        key: "full-member-tf",
        difficulty: 2,
        prompt: both((lang) =>
          lang === "de" ? `${name.de} ist Vollmitglied der ${org.short.de}.` : `${name.en} is a full member of ${org.short.en}.`,
        ),
        answer: "false",
        explanation: both((lang) =>
          lang === "de"
            ? `Falsch: ${partnerClaim(fact).de} Die Bildergalerie schreibt zwar „Mitglied“, das ist aber ungenau.`
            : `False: ${partnerClaim(fact).en} The picture gallery says “member”, but that is imprecise.`,
        ),
        check: check("full-member", { organisation: fact.organisation }, country),
      });
      continue;
    }
    drafts.push({
      ...common,
      kind: "truefalse",
      key: "membership-tf",
      difficulty: 1,
      prompt: memberClaim(fact),
      answer: "true",
      explanation: both((lang) =>
        `${lang === "de" ? "Richtig" : "True"}: ${memberClaim(fact)[lang]} ${kb.organisations.get(fact.organisation)!.about?.[lang] ?? ""}`.trim(),
      ),
      check: check("member-of", { organisation: fact.organisation }, country),
    });
    // Near miss: a country a teacher chose as plausible (background.yaml), that is no member.
    const shown = (kb.background.nearMisses[fact.id] ?? []).find((code) => isMember(kb, code, fact.organisation) === "false");
    if (!shown) continue;
    const org = kb.organisations.get(fact.organisation)!;
    drafts.push({
      ...common,
      kind: "truefalse",
      key: "membership-tf-near-miss",
      difficulty: 2,
      prompt: both((lang) =>
        lang === "de"
          ? `${countryName(kb, shown).de} ist ${org.member.de}.`
          : `${countryName(kb, shown).en} is ${org.member.en}.`,
      ),
      answer: "false",
      explanation: both((lang) =>
        lang === "de"
          ? `Falsch: ${countryName(kb, shown).de} gehört der ${org.short.de} nicht an. ${memberClaim(fact).de}`
          : `False: ${countryName(kb, shown).en} does not belong to the ${org.short.en}. ${memberClaim(fact).en}`,
      ),
      countries: [country, shown],
      check: check("member-of", { organisation: fact.organisation }, shown),
    });
  }

  for (const [orgId, orgFacts] of groupBy(
    facts.filter((fact) => fact.status === "member"),
    (fact) => fact.organisation,
  )) {
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
          ? `${many ? "Welche dieser Länder sind" : "Welches dieser Länder ist"} Mitglied der ${org.short.de}?`
          : `Which of these countries ${many ? "are members" : "is a member"} of the ${org.short.en}?`,
      ),
      options: canonical(
        [...members, ...seededPick(nonMembers, 3, `membership-members:${orgId}`)].map((code) => countryOption(kb, code)),
      ),
      explanation: both((lang) =>
        lang === "de"
          ? `${memberNames.de} ${many ? "sind" : "ist"} Mitglied der ${org.short.de}; die anderen Länder gehören ihr nicht an.`
          : `${memberNames.en} ${many ? "are members" : "is a member"} of the ${org.short.en}; the other countries do not belong to it.`,
      ),
      facts: orgFacts,
      themes: ["alliances"],
      countries: members,
      check: check("member-of", { organisation: orgId }),
    });
  }
  return drafts;
}
