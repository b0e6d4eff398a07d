// Statements: the country (or institution) a statement is about, and true/false. An exclusive statement holds
// for its subject only, so it can be said of another country to make a false one.
import { candidateCountries, factsOfType, type TKnowledgeBase, type TStatementFact } from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both, capitalize, fill } from "@/questions/text";
import {
  canonical,
  check,
  countryName,
  countryOption,
  organisationOption,
  stableFlip,
  TRUE_FALSE_OPTIONS,
  type TDraft,
} from "./builder";

function subjectName(kb: TKnowledgeBase, fact: TStatementFact, subject: string, lang: "de" | "en"): string {
  if (fact.subjectOrganisation) {
    const org = kb.organisations.get(subject)!;
    return (org.the ?? org.name)[lang];
  }
  return countryName(kb, subject)[lang];
}

export function statementClaim(kb: TKnowledgeBase, fact: TStatementFact, subject: string) {
  return both((lang) =>
    capitalize(
      fill(
        fact.claim[lang],
        fact.subjectOrganisation
          ? { organisation: subjectName(kb, fact, subject, lang) }
          : { country: subjectName(kb, fact, subject, lang) },
      ),
    ),
  );
}

/** Whether an exclusive country statement is asked as "click it on the map" instead of multiple choice. */
export function askOnMap(fact: TStatementFact): boolean {
  return Boolean(fact.exclusive && fact.country) && stableFlip(`statement-map:${fact.id}`);
}

export function statementQuestions(kb: TKnowledgeBase): TDraft[] {
  const countries = candidateCountries(kb).map((country) => country.code);
  const drafts: TDraft[] = [];
  for (const fact of factsOfType(kb, "statement").sort((a, b) => a.id.localeCompare(b.id))) {
    const subject = fact.subjectOrganisation ?? fact.country;
    const explanation = subject ? statementClaim(kb, fact, subject) : fact.claim;
    const themes = fact.themes ?? [];
    const tagged = fact.country ? [fact.country] : [];

    let swap: string | undefined;
    if (fact.exclusive && subject) {
      const pool = fact.subjectOrganisation
        ? [...kb.organisations.values()].filter((org) => org.kind === "institution" && org.id !== subject).map((org) => org.id)
        : countries.filter((code) => code !== subject);
      const picked = seededPick(pool.sort(), 3, `statement-which:${fact.id}`);
      swap = picked[0];
      const option = (id: string) => (fact.subjectOrganisation ? organisationOption(kb, id) : countryOption(kb, id));
      // A country statement is asked either here or on the map (generate/maps.ts), not twice.
      if (fact.subjectOrganisation || !askOnMap(fact))
        drafts.push({
          kind: "single",
          key: "statement-which",
          difficulty: 2,
          prompt: fact.ask!,
          options: canonical([subject, ...picked].map(option)),
          answer: option(subject).id,
          explanation,
          facts: [fact],
          themes,
          countries: tagged,
          check: check("statement", { fact: fact.id }),
        });
    }

    const truthful = !swap || stableFlip(`statement-tf:${fact.id}`);
    const shown = truthful ? subject : swap!;
    drafts.push({
      kind: "truefalse",
      key: "statement-tf",
      difficulty: 1,
      prompt: shown ? statementClaim(kb, fact, shown) : fact.claim,
      options: TRUE_FALSE_OPTIONS,
      answer: truthful ? "true" : "false",
      explanation,
      facts: [fact],
      themes,
      countries: tagged,
      check: check("statement", { fact: fact.id }, shown ?? ""),
    });
  }
  return drafts;
}
