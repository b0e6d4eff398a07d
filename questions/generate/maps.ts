// "Find it on the map": a country by name, or the country an exclusive statement is about.
import { candidateCountries, factsOfType, type TFact, type TKnowledgeBase } from "@/questions/kb";
import { both, capitalize, quoted } from "@/questions/text";
import { check, countryName, type TDraft } from "./builder";
import { contextSentence } from "./context";
import { askOnMap, statementClaim } from "./statements";

const WELL_KNOWN = new Set(["CN", "IN", "IR", "KZ"]);

const WHERE: Record<string, { de: string; en: string }> = {
  "post-soviet": { de: "im postsowjetischen Raum", en: "in the former Soviet Union" },
  asia: { de: "in Asien", en: "in Asia" },
  "middle-east": { de: "im Nahen Osten", en: "in the Middle East" },
  africa: { de: "in Afrika", en: "in Africa" },
};

function sourceFact(facts: TFact[], code: string, name: string): TFact {
  const naming = (fact: TFact) => fact.sources.some((source) => source.quote.includes(name));
  // A sentence the question can quote as it stands first; one an article gets wrong only where no other names the
  // country (its correction is then in the note); never one about a status that ended.
  const clean = (fact: TFact) => !fact.correction && !fact.until;
  const shortest = (candidates: TFact[]) =>
    [...candidates].sort((a, b) => a.sources[0]!.quote.length - b.sources[0]!.quote.length || a.id.localeCompare(b.id))[0];
  const own = facts.filter((fact) => fact.country === code);
  const found =
    shortest(own.filter((fact) => naming(fact) && clean(fact))) ??
    shortest(own.filter((fact) => naming(fact) && !fact.until)) ??
    shortest(own.filter(clean)) ??
    shortest(own.filter((fact) => !fact.until)) ??
    shortest(facts.filter((fact) => naming(fact) && !fact.until));
  if (!found) throw new Error(`no fact names ${code}`);
  return found;
}

export function mapQuestions(kb: TKnowledgeBase): TDraft[] {
  const drafts: TDraft[] = [];
  const byId = [...kb.facts].sort((a, b) => a.id.localeCompare(b.id));
  for (const country of candidateCountries(kb).sort((a, b) => a.code.localeCompare(b.code))) {
    const name = countryName(kb, country.code);
    const source = sourceFact(byId, country.code, name.de);
    drafts.push({
      kind: "map",
      key: "map-where",
      difficulty: WELL_KNOWN.has(country.code) ? 1 : 2,
      // The articles say nothing about where a country lies: the prompt says the location is general knowledge.
      prompt: both((lang) =>
        lang === "de"
          ? `Allgemeinwissen (die Artikel beschreiben die Lage nicht): Wo liegt ${name.de}? Klicke das Land auf der Karte an.`
          : `General knowledge (the articles do not describe its location): where is ${name.en}? Click the country on the map.`,
      ),
      options: [],
      answer: country.code,
      explanation: both((lang) => {
        const quote = source.sources[0]!;
        const short = kb.sources.get(quote.file)!.short[lang];
        const context =
          lang === "de"
            ? `Die ${short} erwähnt das Land so: ${quoted(quote.quote, "de")}`
            : `${capitalize(short)} mentions the country like this: ${quoted(quote.en, "en")}`;
        return lang === "de"
          ? `${name.de} liegt ${WHERE[country.region!]!.de}. ${context}`.trim()
          : `${name.en} lies ${WHERE[country.region!]!.en}. ${context}`.trim();
      }),
      // The source: the shortest sentence that names the country (of its own facts first).
      // The source fact's notes are shown: a quote about a leader since fallen is read with what happened.
      facts: [source],
      themes: [],
      countries: [country.code],
      check: check("is-country", { country: country.code }),
    });
  }
  for (const fact of factsOfType(kb, "statement")) {
    if (!askOnMap(kb, fact) || !fact.ask || !fact.country) continue;
    const country = fact.country;
    drafts.push({
      kind: "map",
      key: "map-statement",
      difficulty: 2,
      prompt: both((lang) => `${fact.ask![lang]} ${lang === "de" ? "Klicke es auf der Karte an." : "Click it on the map."}`),
      options: [],
      answer: country,
      explanation: both((lang) => `${statementClaim(kb, fact, country)[lang]} ${contextSentence(kb, fact)[lang]}`.trim()),
      facts: [fact],
      themes: fact.themes ?? [],
      countries: [country],
      check: check("statement", { fact: fact.id }),
    });
  }
  return drafts;
}
