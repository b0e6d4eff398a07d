// Statements: the country (or institution) a statement is about, and true/false. An exclusive statement holds
// for its subject only, so it can be said of another country to make a false one. A statement that is not
// exclusive is asked as what the article says ("Über welches Land schreibt DW sinngemäß …?") with wrong options a
// teacher vetted as not fitting in the real world (background.yaml attributionMisses), and is never said of
// another country as a false statement.
import {
  candidateCountries,
  factsOfType,
  perSource,
  statementHolds,
  type TKnowledgeBase,
  type TStatementFact,
} from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both, capitalize, fill, formatDate } from "@/questions/text";
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
import { contextSentence } from "./context";

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
export function askOnMap(kb: TKnowledgeBase, fact: TStatementFact): boolean {
  // On the map every other country is a wrong answer: only where none may also fit in the real world.
  if (kb.background.statements[fact.id]?.length) return false;
  return Boolean(fact.exclusive && fact.country) && stableFlip(`statement-map:${fact.id}`);
}

/** "Laut DW", "According to DW (June 2024)": an attribution a claim already carries. */
const ATTRIBUTION =
  /(^|\s)(laut (DW|(der )?Bildergalerie|den Artikeln)( \(Juni 2024\))?|according to (DW|the picture gallery|the articles)( \(June 2024\))?),?/i;

/** The claim without its attribution, for a prompt that names the source itself. */
function unattributed(text: string): string {
  return capitalize(
    text
      .replace(ATTRIBUTION, "$1")
      .replace(/\s{2,}/g, " ")
      .trim(),
  );
}

const withWhy = (
  kb: TKnowledgeBase,
  fact: TStatementFact,
  lead: { de: string; en: string },
  text: { de: string; en: string },
) => {
  const why = contextSentence(kb, fact);
  // No "Laut DW: … laut DW …": a claim that names its source is not prefixed with it again.
  const prefix = (lang: "de" | "en") =>
    ATTRIBUTION.test(text[lang]) && /^(laut|according)/i.test(lead[lang]) ? "" : `${capitalize(lead[lang])}: `;
  return both((lang) => `${prefix(lang)}${text[lang]} ${why[lang]}`.trim());
};

/** Countries of the same article first: the plausible wrong answers. */
function sameArticleFirst(kb: TKnowledgeBase, fact: TStatementFact, pool: string[]): string[] {
  const files = new Set(fact.sources.map((source) => source.file));
  const listed = (code: string) => [...files].some((file) => kb.sources.get(file)?.lists.includes(code));
  const near = pool.filter(listed);
  return near.length >= 3 ? near : pool;
}

export function statementQuestions(kb: TKnowledgeBase): TDraft[] {
  const countries = candidateCountries(kb).map((country) => country.code);
  const drafts: TDraft[] = [];
  for (const fact of factsOfType(kb, "statement").sort((a, b) => a.id.localeCompare(b.id))) {
    const subject = fact.subjectOrganisation ?? fact.country;
    const themes = fact.themes ?? [];
    const tagged = fact.country ? [fact.country] : [];
    const per = perSource(kb, fact);
    const source = kb.sources.get(fact.sources[0]!.file)!;

    if (fact.exclusive && subject) {
      const explanation = withWhy(kb, fact, per, statementClaim(kb, fact, subject));
      const pool = fact.subjectOrganisation
        ? [...kb.organisations.values()].filter((org) => org.kind === "institution" && org.id !== subject).map((org) => org.id)
        : sameArticleFirst(
            kb,
            fact,
            countries.filter((code) => statementHolds(kb, fact.id, code) === "false"),
          );
      const picked = seededPick(pool.sort(), 3, `statement-which:${fact.id}`);
      const option = (id: string) => (fact.subjectOrganisation ? organisationOption(kb, id) : countryOption(kb, id));
      // A country statement is asked either here or on the map (generate/maps.ts), not twice.
      if (fact.subjectOrganisation || !askOnMap(kb, fact))
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
      drafts.push({
        kind: "truefalse",
        key: "statement-tf",
        difficulty: 1,
        prompt: statementClaim(kb, fact, subject),
        options: TRUE_FALSE_OPTIONS,
        answer: "true",
        explanation: withWhy(kb, fact, { de: "Richtig", en: "True" }, statementClaim(kb, fact, subject)),
        facts: [fact],
        themes,
        countries: tagged,
        check: check("statement", { fact: fact.id }, subject),
      });
      // The false statement swaps in a near miss a teacher chose (background.yaml), never just any country.
      const swap = (kb.background.nearMisses[fact.id] ?? []).find((code) => statementHolds(kb, fact.id, code) === "false");
      if (swap)
        drafts.push({
          kind: "truefalse",
          key: "statement-tf-swap",
          difficulty: 2,
          prompt: statementClaim(kb, fact, swap),
          options: TRUE_FALSE_OPTIONS,
          answer: "false",
          explanation: both((lang) =>
            `${lang === "de" ? "Falsch" : "False"}: ${statementClaim(kb, fact, subject)[lang]} ${contextSentence(kb, fact)[lang]}`.trim(),
          ),
          facts: [fact],
          themes,
          countries: tagged,
          check: check("statement", { fact: fact.id }, swap),
        });
      continue;
    }

    if (fact.country && !fact.correction?.claimFalse) {
      // "Über welches Land schreibt DW sinngemäß: … ist von Russland abhängig?" Its wrong options are only countries
      // a teacher vetted (background.yaml attributionMisses): the statement is known false for them, or clearly does
      // not fit them, in the world – never merely a country the article does not say it of. Fewer than two: the
      // question is not asked (the fact is asked elsewhere, or lends its sentence to another explanation).
      const wrong = (kb.background.attributionMisses[fact.id] ?? []).filter(
        (code) => countries.includes(code) && statementHolds(kb, fact.id, code) === "false",
      );
      if (wrong.length >= 2) {
        // A paraphrase, not the article's words: no quotation marks ("sinngemäß"), and no "…." at the end.
        const blank = both((lang) =>
          unattributed(fill(fact.claim[lang], { country: "…" }))
            .replace(/\.$/, "")
            .replace(/…\.$/, "…"),
        );
        drafts.push({
          kind: "single",
          key: "statement-whom",
          difficulty: 2,
          // A claim that no longer holds is dated: what DW wrote in June 2024.
          prompt: both((lang) => {
            const when = fact.until ? ` (${formatDate(source.asOf, lang)})` : "";
            return lang === "de"
              ? `Über welches Land schreibt ${source.short.de === "DW" ? "DW" : "die Bildergalerie"}${when} sinngemäß: ${blank.de}?`
              : `Which country does ${source.short.en}${when} describe like this (paraphrased): ${blank.en}?`;
          }),
          options: canonical(
            [fact.country, ...seededPick(wrong.sort(), 3, `statement-whom:${fact.id}`)].map((c) => countryOption(kb, c)),
          ),
          answer: fact.country.toLowerCase(),
          explanation: withWhy(kb, fact, per, statementClaim(kb, fact, fact.country)),
          facts: [fact],
          themes,
          countries: tagged,
          check: check("statement", { fact: fact.id }),
        });
      }
      continue;
    }

    // A statement about the war as a whole: its substance, true – or, where a teacher wrote one, a plausible near
    // miss that is false, with what is true (never "which article said it": that tests no substance). An article's
    // claim that is false in the world (correction.claimFalse) is only ever asked this way, keyed false.
    if (fact.correction?.claimFalse && !fact.falseClaim) continue;
    const truthful = !fact.falseClaim;
    const shown = fact.falseClaim?.claim ?? fact.claim;
    drafts.push({
      kind: "truefalse",
      key: truthful ? "statement-general-tf" : "statement-general-tf-near-miss",
      difficulty: truthful ? 1 : 2,
      prompt: shown,
      options: TRUE_FALSE_OPTIONS,
      answer: truthful ? "true" : "false",
      explanation: both((lang) =>
        truthful
          ? `${lang === "de" ? "Richtig" : "True"}: ${fact.claim[lang]} ${contextSentence(kb, fact)[lang]}`.trim()
          : `${lang === "de" ? "Falsch" : "False"}: ${fact.falseClaim!.why[lang]}`,
      ),
      facts: [fact],
      themes,
      countries: tagged,
      check: check("statement-general", { fact: fact.id }, truthful ? "claim" : "false-claim"),
    });
  }
  return drafts;
}
