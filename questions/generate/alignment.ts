// UN votes and named groups of countries (e.g. the states Putin visited after his re-election).
import { candidateCountries, factsOfType, inGroup, votesAgainstUn, type TKnowledgeBase } from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both, capitalize, fill, formatList } from "@/questions/text";
import { canonical, check, countryName, countryOption, stableFlip, TRUE_FALSE_OPTIONS, type TDraft } from "./builder";

const UN_AGAINST = {
  de: "{country} stimmt in den Vereinten Nationen gegen Resolutionen, die Russland zu einer Beendigung des Krieges bewegen sollen.",
  en: "{country} votes in the United Nations against resolutions meant to bring Russia to end the war.",
};
const UN_AGAINST_ALL = {
  de: "{country} stimmte gegen jede einzelne UN-Resolution, die Russlands Vorgehen in der Ukraine verurteilen oder stoppen sollte.",
  en: "{country} voted against every single UN resolution meant to condemn or stop Russia's actions in Ukraine.",
};

export function alignmentQuestions(kb: TKnowledgeBase): TDraft[] {
  const countries = candidateCountries(kb).map((country) => country.code);
  const drafts: TDraft[] = [];
  const names = (codes: string[], lang: "de" | "en") =>
    formatList(
      codes.map((code) => countryName(kb, code)[lang]),
      lang,
    );
  const fillCountry = (template: { de: string; en: string }, code: string) =>
    both((lang) => capitalize(fill(template[lang], { country: countryName(kb, code)[lang] })));

  const votes = factsOfType(kb, "un-vote").sort((a, b) => a.id.localeCompare(b.id));
  const against = countries.filter((code) => votesAgainstUn(kb, code) === "true");
  const notAgainst = countries.filter((code) => votesAgainstUn(kb, code) === "false");
  drafts.push({
    kind: "multi",
    key: "un-against",
    difficulty: 2,
    prompt: {
      de: "Welche dieser Länder stimmen laut DW in den Vereinten Nationen gegen Resolutionen, die Russland zu einer Beendigung des Krieges bewegen sollen?",
      en: "According to DW, which of these countries vote in the United Nations against resolutions meant to bring Russia to end the war?",
    },
    options: canonical([...against, ...seededPick(notAgainst, 3, "un-against")].map((code) => countryOption(kb, code))),
    answer: against.map((code) => code.toLowerCase()),
    explanation: both((lang) =>
      lang === "de"
        ? `${names(against, "de")} stimmen in den Vereinten Nationen gegen solche Resolutionen; Nordkorea – anders als China – sogar gegen jede einzelne.`
        : `${names(against, "en")} vote against such resolutions in the United Nations; North Korea – unlike China – against every single one.`,
    ),
    facts: votes.filter((fact) => fact.stance === "against" || fact.stance === "against-all"),
    themes: ["alliances"],
    countries: against,
    check: check("un-against", {}),
  });

  for (const fact of votes) {
    const country = fact.country!;
    if (fact.stance === "against-all" || fact.stance === "not-against-all") {
      drafts.push({
        kind: "truefalse",
        key: "un-against-all-tf",
        difficulty: 2,
        prompt: fillCountry(UN_AGAINST_ALL, country),
        options: TRUE_FALSE_OPTIONS,
        answer: fact.stance === "against-all" ? "true" : "false",
        explanation: {
          de: "Nordkorea stimmte – anders als China – gegen jede einzelne UN-Resolution, die Russlands Vorgehen in der Ukraine verurteilen oder stoppen sollte.",
          en: "North Korea – unlike China – voted against every single UN resolution meant to condemn or stop Russia's actions in Ukraine.",
        },
        facts: [fact],
        themes: ["alliances"],
        countries: [country],
        check: check("un-against-all", {}, country),
      });
    } else if (fact.stance === "not-condemned") {
      drafts.push({
        kind: "truefalse",
        key: "un-not-condemned-tf",
        difficulty: 1,
        prompt: fillCountry(
          {
            de: "{country} hat die russische Aggression in der Ukraine laut DW bislang nicht verurteilt.",
            en: "According to DW, {country} has not so far condemned Russia's aggression in Ukraine.",
          },
          country,
        ),
        options: TRUE_FALSE_OPTIONS,
        answer: "true",
        explanation: fillCountry(
          {
            de: "{country} hat die russische Aggression in der Ukraine bislang nicht verurteilt.",
            en: "{country} has not so far condemned Russia's aggression in Ukraine.",
          },
          country,
        ),
        facts: [fact],
        themes: ["alliances"],
        countries: [country],
        check: check("not-condemned", {}, country),
      });
    } else {
      const truthful = stableFlip(`un-against-tf:${fact.id}`);
      const shown = truthful ? country : seededPick(notAgainst, 1, `un-against-tf:${fact.id}`)[0]!;
      drafts.push({
        kind: "truefalse",
        key: "un-against-tf",
        difficulty: 1,
        prompt: fillCountry(UN_AGAINST, shown),
        options: TRUE_FALSE_OPTIONS,
        answer: truthful ? "true" : "false",
        explanation: fillCountry(UN_AGAINST, country),
        facts: [fact],
        themes: ["alliances"],
        countries: [country],
        check: check("un-against", {}, shown),
      });
    }
  }

  for (const fact of factsOfType(kb, "group").sort((a, b) => a.id.localeCompare(b.id))) {
    const members = [...fact.members].sort();
    const outsiders = countries.filter((code) => inGroup(kb, fact.id, code) === "false");
    const explanation = both((lang) => `${fact.label[lang]}: ${names(fact.members, lang)}.`);
    drafts.push({
      kind: "multi",
      key: "group-members",
      difficulty: 2,
      prompt: fact.ask,
      options: canonical([...members, ...seededPick(outsiders, 3, `group:${fact.id}`)].map((code) => countryOption(kb, code))),
      answer: members.map((code) => code.toLowerCase()),
      explanation,
      facts: [fact],
      themes: fact.themes ?? [],
      countries: members,
      check: check("in-group", { fact: fact.id }),
    });
    for (const [index, truthful] of [true, false].entries()) {
      const shown = seededPick(truthful ? members : outsiders, 1, `group-tf:${fact.id}:${index}`)[0]!;
      drafts.push({
        kind: "truefalse",
        key: `group-tf:${index}`,
        difficulty: 1,
        prompt: fillCountry(fact.claim, shown),
        options: TRUE_FALSE_OPTIONS,
        answer: truthful ? "true" : "false",
        explanation,
        facts: [fact],
        themes: fact.themes ?? [],
        countries: members,
        check: check("in-group", { fact: fact.id }, shown),
      });
    }
  }
  return drafts;
}
