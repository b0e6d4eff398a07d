// Support facts: who supplies what, what a country supplies, true/false, and country ↔ support pairs.
import { candidateCountries, factsOfType, supplies, type TKnowledgeBase, type TSupportFact } from "@/questions/kb";
import { seededPick, seededShuffle } from "@/questions/random";
import type { TTheme } from "@/questions/schema";
import { both, capitalize, fill, formatList } from "@/questions/text";
import { contextSentence } from "./context";
import {
  articleCheck,
  canonical,
  check,
  countryName,
  countryOption,
  groupBy,
  itemOption,
  TRUE_FALSE_OPTIONS,
  type TDraft,
} from "./builder";

function itemThemes(kb: TKnowledgeBase, items: string[]): TTheme[] {
  const themes = new Set<TTheme>(items.map((item) => kb.items.get(item)!.category));
  if (items.includes("defence-pact")) themes.add("alliances");
  return [...themes];
}

/** "Die Artikel nennen Indien als Land, das …": what the articles name, true or false by their text alone. */
function namedClaim(kb: TKnowledgeBase, item: string, country: string) {
  const support = kb.items.get(item)!;
  return both((lang) => capitalize(fill(support.named[lang], { country: countryName(kb, country)[lang] })));
}

export function supportQuestions(kb: TKnowledgeBase): TDraft[] {
  const facts = factsOfType(kb, "support").sort((a, b) => a.id.localeCompare(b.id));
  const countries = candidateCountries(kb).map((country) => country.code);
  const drafts: TDraft[] = [];
  // Which country (or countries) gives this kind of support?
  for (const item of [...kb.items.keys()].sort()) {
    const givers = countries.filter((code) => supplies(kb, code, item) === "true");
    if (!givers.length) continue;
    // The articles are no complete register: the wrong options are countries they do not name for this.
    const others = countries.filter((code) => ["unsaid", "false"].includes(supplies(kb, code, item)));
    // Where reality leaves too few countries that surely do not give it, the question is not asked.
    if (others.length < 2) continue;
    const itemFacts = facts.filter((fact) => fact.items.includes(item));
    const answerIds = givers.map((code) => code.toLowerCase());
    drafts.push({
      ...(givers.length > 1 ? { kind: "multi" as const, answer: answerIds } : { kind: "single" as const, answer: answerIds[0]! }),
      key: `support-who:${item}`,
      difficulty: 2,
      prompt: kb.items.get(item)!.ask,
      options: canonical([...givers, ...seededPick(others, 3, `support-who:${item}`)].map((code) => countryOption(kb, code))),
      explanation: both((lang) =>
        [
          ...itemFacts.map((fact) => fact.claim[lang]),
          // Why it matters, not the boilerplate "other countries are not named – which does not mean there are none".
          itemFacts.map((fact) => contextSentence(kb, fact)[lang]).join(" "),
        ]
          .join(" ")
          .trim(),
      ),
      facts: itemFacts,
      themes: itemThemes(kb, [item]),
      countries: givers,
      check: articleCheck("supplies", { item }),
    });
  }

  // What does this country give?
  for (const [country, countryFacts] of groupBy(facts, (fact) => fact.country!)) {
    const items = [...new Set(countryFacts.flatMap((fact) => fact.items))].sort();
    if (items.length < 2) continue;
    const wrong = [...kb.items.keys()].filter((item) => ["unsaid", "false"].includes(supplies(kb, country, item))).sort();
    const name = countryName(kb, country);
    drafts.push({
      kind: "multi",
      key: "support-what",
      difficulty: 2,
      prompt: both((lang) =>
        lang === "de"
          ? `Womit unterstützt ${name.de} Russland laut den Artikeln?`
          : `According to the articles, how does ${name.en} support Russia?`,
      ),
      options: canonical([...items, ...seededPick(wrong, 3, `support-what:${country}`)].map((item) => itemOption(kb, item))),
      answer: items,
      explanation: both((lang) => countryFacts.map((fact) => fact.claim[lang]).join(" ")),
      facts: countryFacts,
      themes: itemThemes(kb, items),
      countries: [country],
      check: articleCheck("supplied-by", { country }),
    });
  }

  // True or false: each fact as stated, and – as a statement about what the articles name, since their silence
  // is no proof – the same support said of a country of the same article that they do not name for it.
  const falseSaid = new Set<string>();
  for (const fact of facts) {
    const country = fact.country!;
    const item = fact.items[0]!;
    const context = contextSentence(kb, fact);
    drafts.push({
      kind: "truefalse",
      key: "support-tf",
      difficulty: 1,
      prompt: fact.claim,
      options: TRUE_FALSE_OPTIONS,
      answer: "true",
      explanation: both((lang) => `${lang === "de" ? "Richtig" : "True"}: ${fact.claim[lang]} ${context[lang]}`.trim()),
      facts: [fact],
      themes: itemThemes(kb, fact.items),
      countries: [country],
      check: check("supplies", { item }, country),
    });
    // The false statement names a near miss a teacher chose (background.yaml), never just any country.
    const swap = (kb.background.nearMisses[fact.id] ?? []).find(
      (code) => ["unsaid", "false"].includes(supplies(kb, code, item)) && !falseSaid.has(`${item}:${code}`),
    );
    if (!swap) continue;
    falseSaid.add(`${item}:${swap}`);
    const unique = kb.items.get(item)!.unique;
    const givers = countries.filter((code) => supplies(kb, code, item) === "true");
    drafts.push({
      kind: "truefalse",
      key: "support-named-tf",
      difficulty: 2,
      prompt: namedClaim(kb, item, swap),
      options: TRUE_FALSE_OPTIONS,
      answer: "false",
      // What is true: what the articles say, and who they name for it – no hedge that it might be true after all.
      explanation: both((lang) => {
        const named = formatList(
          givers.map((code) => countryName(kb, code)[lang]),
          lang,
        );
        const only = unique
          ? ""
          : lang === "de"
            ? ` Dafür nennen die Artikel nur ${named}, nicht ${countryName(kb, swap).de}.`
            : ` For this the articles name only ${named}, not ${countryName(kb, swap).en}.`;
        return `${lang === "de" ? "Falsch" : "False"}: ${fact.claim[lang]}${only} ${context[lang]}`.trim();
      }),
      facts: [fact],
      themes: itemThemes(kb, fact.items),
      countries: [country, swap],
      check: articleCheck("supplies", { item }, swap),
    });
  }

  // Pairs of four countries, each with a support none of the other three gives (found by a small search).
  const givers = [...new Set(facts.map((fact) => fact.country!))].sort();
  const itemsOf = (country: string) => [...kb.items.keys()].filter((item) => supplies(kb, country, item) === "true").sort();
  const findPairs = (order: string[], chosen: Array<readonly [string, string]>): Array<readonly [string, string]> | undefined => {
    if (chosen.length === 4) return chosen;
    for (const [index, country] of order.entries()) {
      for (const item of itemsOf(country)) {
        const fits = chosen.every(
          ([other, otherItem]) => supplies(kb, other, item) === "false" && supplies(kb, country, otherItem) === "false",
        );
        if (!fits) continue;
        const found = findPairs(order.slice(index + 1), [...chosen, [country, item] as const]);
        if (found) return found;
      }
    }
    return undefined;
  };
  const pairKeys = new Set<string>();
  for (let round = 0; round < 3; round++) {
    const pairs = findPairs(seededShuffle(givers, `support-pairs:${round}`), []);
    const key = pairs
      ?.map((pair) => pair.join("="))
      .sort()
      .join("|");
    if (!pairs || !key || pairKeys.has(key)) continue;
    pairKeys.add(key);
    const pairFacts = pairs.flatMap(([code, item]) => facts.filter((fact) => fact.country === code && fact.items.includes(item)));
    drafts.push({
      kind: "matching",
      key: `support-pairs:${key}`,
      difficulty: 2,
      prompt: {
        de: "Ordne jedem Land zu, womit es Russland laut den Artikeln unterstützt.",
        en: "Match each country with how it supports Russia, according to the articles.",
      },
      options: [
        ...canonical(pairs.map(([code]) => ({ ...countryOption(kb, code), side: "left" as const }))),
        ...canonical(pairs.map(([, item]) => ({ ...itemOption(kb, item), side: "right" as const }))),
      ],
      answer: pairs.map(([code, item]) => [code.toLowerCase(), item] as [string, string]),
      explanation: both((lang) =>
        formatList(
          pairs.map(([code, item]) => `${countryName(kb, code)[lang]}: ${kb.items.get(item)!.label[lang]}`),
          lang,
        ),
      ),
      facts: pairFacts as TSupportFact[],
      themes: itemThemes(
        kb,
        pairs.map(([, item]) => item),
      ),
      countries: pairs.map(([code]) => code),
      check: articleCheck("support-pair", {}),
    });
  }
  return drafts;
}
