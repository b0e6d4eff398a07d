// Leader facts: who leads a country, which country a leader leads, true/false, and leader ↔ country pairs.
// A leader no longer in office is asked in the past tense with the dates of office; one in office is asked as
// the article has it ("laut DW"), so the question stays true after the article's date.
import { candidateCountries, factsOfType, leads, perSource, type TKnowledgeBase, type TLeaderFact } from "@/questions/kb";
import { seededPick } from "@/questions/random";
import type { TLocalized } from "@/questions/schema";
import { both, capitalize, formatDate } from "@/questions/text";
import type { TLang } from "@/questions/types";
import { contextSentence } from "./context";
import { canonical, check, countryName, factAsOf, countryOption, personOption, TRUE_FALSE_OPTIONS, type TDraft } from "./builder";

const WELL_KNOWN = new Set(["xi", "kim", "modi", "lukashenko"]);

/** "Präsident Kasachstans" / "President of Kazakhstan". */
export function officeOf(kb: TKnowledgeBase, role: TLocalized, country: string, lang: TLang): string {
  const name = countryName(kb, country);
  if (lang === "en") return `${role.en} of ${name.en}`;
  return `${role.de} ${kb.countries.get(country)?.of ?? `von ${name.de}`}`;
}

function inOffice(fact: TLeaderFact): boolean {
  return fact.status === "in-office";
}

/**
 * "ist (Stand August 2025)" or "war von Mai bis Oktober 2024": the tense and the time the statement stands at.
 * The office is the precise title, which an article may word otherwise (its word is in the fact's note), so an
 * office in force is dated, not attributed to the article.
 */
function when(kb: TKnowledgeBase, fact: TLeaderFact, lang: TLang): { verb: string; time: string } {
  if (inOffice(fact)) {
    const date = formatDate(factAsOf(kb, fact), lang);
    return { verb: lang === "de" ? "ist" : "is", time: lang === "de" ? `(Stand ${date})` : `as of ${date}` };
  }
  return { verb: lang === "de" ? "war" : "was", time: fact.period?.text[lang] ?? perSource(kb, fact)[lang] };
}

function claim(kb: TKnowledgeBase, fact: TLeaderFact, role: TLocalized) {
  return both((lang) => {
    const { verb, time } = when(kb, fact, lang);
    const office = officeOf(kb, role, fact.country!, lang);
    if (lang === "de") return `${fact.person.de} ${verb} ${time} ${office}.`;
    return inOffice(fact)
      ? `${capitalize(time)}, ${fact.person.en} ${verb} the ${office}.`
      : `${fact.person.en} ${verb} the ${office} ${time}.`;
  });
}

export function leaderClaim(kb: TKnowledgeBase, fact: TLeaderFact) {
  return claim(kb, fact, fact.role);
}

/** Why the near-miss office is wrong: "Modi ist Premierminister Indiens, nicht Präsident; Präsident ist …". */
function notRoleExplanation(kb: TKnowledgeBase, fact: TLeaderFact) {
  const wrong = fact.notRole!;
  return both((lang) => {
    const { verb, time } = when(kb, fact, lang);
    const right = officeOf(kb, fact.role, fact.country!, lang);
    const more = (wrong.holder ?? contextSentence(kb, fact))[lang];
    if (lang === "de") return `Falsch: ${fact.person.de} ${verb} ${time} ${right}, nicht ${wrong.role.de}. ${more}`.trim();
    return inOffice(fact)
      ? `False: ${time}, ${fact.person.en} ${verb} the ${right}, not the ${wrong.role.en}. ${more}`.trim()
      : `False: ${fact.person.en} ${verb} the ${right} ${time}, not the ${wrong.role.en}. ${more}`.trim();
  });
}

/** Who holds the other office, else something the articles say about the country. */
function leaderContext(kb: TKnowledgeBase, fact: TLeaderFact): TLocalized {
  return fact.notRole?.holder ?? contextSentence(kb, fact);
}

export function leaderQuestions(kb: TKnowledgeBase): TDraft[] {
  const facts = factsOfType(kb, "leader").sort((a, b) => a.id.localeCompare(b.id));
  const drafts: TDraft[] = [];

  for (const fact of facts) {
    const country = fact.country!;
    const explanation = both((lang) => `${leaderClaim(kb, fact)[lang]} ${leaderContext(kb, fact)[lang]}`.trim());
    const difficulty = WELL_KNOWN.has(fact.personId) ? 1 : 2;
    const common = { facts: [fact], themes: ["leaders" as const], countries: [country] };
    // A monarch is asked among monarchs only; with none in the fact base, only true/false and pairs ask for one.
    const peers = facts.filter((other) => other.monarch === fact.monarch && leads(kb, other.personId, country) === "false");

    if (peers.length >= 3) {
      drafts.push({
        ...common,
        kind: "single",
        key: "leader-who",
        difficulty,
        prompt: both((lang) => {
          const { verb, time } = when(kb, fact, lang);
          const office = officeOf(kb, fact.role, country, lang);
          if (lang === "de") return `Wer ${verb} ${time} ${office}?`;
          return inOffice(fact) ? `${capitalize(time)}, who ${verb} the ${office}?` : `Who ${verb} the ${office} ${time}?`;
        }),
        options: canonical(
          [
            fact.personId,
            ...seededPick(
              peers.map((other) => other.personId),
              3,
              `leader-who:${fact.id}`,
            ),
          ].map((p) => personOption(kb, p)),
        ),
        answer: fact.personId,
        explanation,
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
        prompt: both((lang) => {
          const { verb, time } = when(kb, fact, lang);
          if (lang === "de") return `In welchem Land ${verb} ${fact.person.de} ${time} ${fact.role.de}?`;
          return inOffice(fact)
            ? `${capitalize(time)}, in which country ${verb} ${fact.person.en} ${fact.role.en}?`
            : `In which country ${verb} ${fact.person.en} ${fact.role.en} ${time}?`;
        }),
        options: canonical(
          [country, ...seededPick(otherCountries, 3, `leader-country:${fact.id}`)].map((code) => countryOption(kb, code)),
        ),
        answer: country.toLowerCase(),
        explanation,
        check: check("country-of-leader", { person: fact.personId }),
      });
    }

    // True and false: the article's office, and a near-miss office the person does not hold.
    drafts.push({
      ...common,
      kind: "truefalse",
      key: "leader-tf",
      difficulty: 1,
      prompt: leaderClaim(kb, fact),
      options: TRUE_FALSE_OPTIONS,
      answer: "true",
      explanation: both((lang) => `${lang === "de" ? "Richtig" : "True"}: ${explanation[lang]}`),
      check: check("holds-office", { person: fact.personId }, fact.role.de),
    });
    if (fact.notRole) {
      drafts.push({
        ...common,
        kind: "truefalse",
        key: "leader-tf-near-miss",
        difficulty: 2,
        prompt: claim(kb, fact, fact.notRole.role),
        options: TRUE_FALSE_OPTIONS,
        answer: "false",
        explanation: notRoleExplanation(kb, fact),
        check: check("holds-office", { person: fact.personId }, fact.notRole.role.de),
      });
    }
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
        de: "Ordne jede Person dem Land zu, das sie laut den Artikeln führt oder führte.",
        en: "Match each person with the country they lead or led, according to the articles.",
      },
      options: [
        ...canonical(group.map((fact) => ({ ...personOption(kb, fact.personId), side: "left" as const }))),
        ...canonical(group.map((fact) => ({ ...countryOption(kb, fact.country!), side: "right" as const }))),
      ],
      answer: group.map((fact) => [fact.personId, fact.country!.toLowerCase()] as [string, string]),
      explanation: both((lang) => group.map((fact) => leaderClaim(kb, fact)[lang]).join(" ")),
      facts: group,
      themes: ["leaders"],
      countries: group.map((fact) => fact.country!),
      check: check("leader-pair", {}),
    });
  }
  return drafts;
}
