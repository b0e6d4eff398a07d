// A sentence of context for an explanation: the fact's own `why`, else another thing the articles say about the
// same country, so an explanation adds to the prompt instead of repeating it. A question whose explanation uses
// another fact rests on it too (makeQuestion adds it, with its source).
import { factsOfType, perSource, type TFact, type TKnowledgeBase, type TStatementFact } from "@/questions/kb";
import type { TLocalized } from "@/questions/schema";
import { stableHash } from "@/questions/random";
import { both, capitalize, fill } from "@/questions/text";
import { countryName } from "./builder";

/** The statement a fact without `why` borrows its context from. */
export function contextFact(kb: TKnowledgeBase, fact: TFact): TStatementFact | undefined {
  if (fact.why || !fact.country) return undefined;
  const candidates = factsOfType(kb, "statement")
    // A statement that no longer holds, or that the article gets wrong, is no context for another question.
    .filter((c) => c.country === fact.country && c.id !== fact.id && !c.subjectOrganisation && !c.until && !c.correction)
    .sort((a, b) => a.id.localeCompare(b.id));
  // Each fact borrows a different one where it can, so explanations do not all end alike.
  return candidates[Number.parseInt(stableHash(fact.id).slice(0, 6), 16) % Math.max(candidates.length, 1)];
}

function borrowed(kb: TKnowledgeBase, other: TStatementFact): TLocalized {
  return both((lang) => capitalize(fill(other.claim[lang], { country: countryName(kb, other.country!)[lang] })));
}

export function contextSentence(kb: TKnowledgeBase, fact: TFact): TLocalized {
  if (fact.why) return fact.why;
  const other = contextFact(kb, fact);
  if (!other) return { de: "", en: "" };
  const said = borrowed(kb, other);
  // The borrowed sentence stands on its own, with its article named where it does not name it itself.
  const per = perSource(kb, other);
  return both((lang) => {
    if (/\b(laut|according to)\b/i.test(said[lang])) return said[lang];
    // English runs on after a comma ("According to DW, the communist government …"); German keeps a colon, since
    // "Laut DW" would turn the sentence's word order round.
    return lang === "en" ? `${capitalize(per.en)}, ${lowerFirstWord(kb, said.en)}` : `${capitalize(per.de)}: ${said.de}`;
  });
}

/** "The communist government …" → "the communist government …"; a name ("Belarus", "Kim Jong Un") stays. */
function lowerFirstWord(kb: TKnowledgeBase, text: string): string {
  const first = text.split(/[\s,']/)[0] ?? "";
  const names = [
    ...[...kb.countries.values()].map((country) => country.name.en),
    ...[...kb.people.values()].map((person) => person.name.en),
  ].flatMap((name) => name.split(/\s+/));
  return names.includes(first) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The facts an explanation borrowed its context from. */
export function borrowedFacts(kb: TKnowledgeBase, facts: TFact[], explanation: TLocalized): TFact[] {
  return facts.flatMap((fact) => {
    const other = contextFact(kb, fact);
    return other && explanation.de.includes(borrowed(kb, other).de) ? [other] : [];
  });
}
