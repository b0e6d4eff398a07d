// UN votes and named groups of countries (e.g. the states Putin visited after his re-election). Countries that
// voted against some UN resolution on the war, though the articles do not say so (background.yaml), are never
// wrong options or false keys.
import { candidateCountries, factsOfType, inGroup, votesAgainstUn, type TKnowledgeBase } from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both, capitalize, fill, formatList } from "@/questions/text";
import { canonical, check, countryName, countryOption, TRUE_FALSE_OPTIONS, type TDraft } from "./builder";

// DW's votes stand at June 2024 (Syria's government has changed since): asked with that date, in the past tense.
const UN_AGAINST = {
  de: "{country} stimmte laut DW (Juni 2024) in den Vereinten Nationen gegen Resolutionen, die Russland zu einer Beendigung des Krieges bewegen sollten.",
  en: "According to DW (June 2024), {country} voted in the United Nations against resolutions meant to bring Russia to end the war.",
};
const UN_AGAINST_ALL = {
  de: "{country} stimmte laut DW gegen jede einzelne UN-Resolution, die Russlands Vorgehen in der Ukraine verurteilen oder stoppen sollte.",
  en: "According to DW, {country} voted against every single UN resolution meant to condemn or stop Russia's actions in Ukraine.",
};
const UN_CONTEXT = {
  de: "In der UN-Generalversammlung stimmt nur eine kleine Gruppe von Staaten gegen solche Resolutionen; viele Partner Russlands enthalten sich.",
  en: "In the UN General Assembly only a small group of states votes against such resolutions; many of Russia's partners abstain.",
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
  const againstLine = both((lang) =>
    lang === "de"
      ? `Laut DW (Juni 2024) stimmten ${names(against, "de")} gegen solche Resolutionen; Nordkorea – anders als China – sogar gegen jede einzelne.`
      : `According to DW (June 2024), ${names(against, "en")} voted against such resolutions; North Korea – unlike China – against every single one.`,
  );
  drafts.push({
    kind: "multi",
    key: "un-against",
    difficulty: 2,
    prompt: {
      de: "Welche dieser Länder stimmten laut DW (Juni 2024) in den Vereinten Nationen gegen Resolutionen, die Russland zu einer Beendigung des Krieges bewegen sollten?",
      en: "According to DW (June 2024), which of these countries voted in the United Nations against resolutions meant to bring Russia to end the war?",
    },
    options: canonical([...against, ...seededPick(notAgainst, 3, "un-against")].map((code) => countryOption(kb, code))),
    answer: against.map((code) => code.toLowerCase()),
    explanation: both((lang) => `${againstLine[lang]} ${UN_CONTEXT[lang]}`),
    facts: votes.filter((fact) => fact.stance === "against" || fact.stance === "against-all"),
    themes: ["alliances"],
    countries: against,
    check: check("un-against", {}),
  });

  const swapped = new Set<string>();
  for (const fact of votes) {
    const country = fact.country!;
    if (fact.stance === "against-all" || fact.stance === "not-against-all") {
      const truthful = fact.stance === "against-all";
      drafts.push({
        kind: "truefalse",
        key: "un-against-all-tf",
        difficulty: 2,
        prompt: fillCountry(UN_AGAINST_ALL, country),
        options: TRUE_FALSE_OPTIONS,
        answer: truthful ? "true" : "false",
        explanation: {
          de: `${truthful ? "Richtig" : "Falsch"}: Laut DW stimmte Nordkorea – anders als China – gegen jede einzelne UN-Resolution, die Russlands Vorgehen in der Ukraine verurteilen oder stoppen sollte. China enthält sich meist.`,
          en: `${truthful ? "True" : "False"}: according to DW, North Korea – unlike China – voted against every single UN resolution meant to condemn or stop Russia's actions in Ukraine. China mostly abstains.`,
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
            de: "Richtig: Laut DW (Juni 2024) hat {country} die russische Aggression bislang nicht verurteilt; bei den Ukraine-Resolutionen der UN-Generalversammlung enthielt es sich meist.",
            en: "True: according to DW (June 2024), {country} has not so far condemned Russia's aggression; on the UN General Assembly's Ukraine resolutions it mostly abstained.",
          },
          country,
        ),
        facts: [fact],
        themes: ["alliances"],
        countries: [country],
        check: check("not-condemned", {}, country),
      });
    } else {
      drafts.push({
        kind: "truefalse",
        key: "un-against-tf",
        difficulty: 1,
        prompt: fillCountry(UN_AGAINST, country),
        options: TRUE_FALSE_OPTIONS,
        answer: "true",
        explanation: both((lang) => `${lang === "de" ? "Richtig" : "True"}: ${againstLine[lang]} ${UN_CONTEXT[lang]}`),
        facts: [fact],
        themes: ["alliances"],
        countries: [country],
        check: check("un-against", {}, country),
      });
      // A near miss a teacher chose (background.yaml): a partner of Russia that abstains, not just any country.
      const shown = (kb.background.nearMisses[fact.id] ?? []).find((code) => notAgainst.includes(code) && !swapped.has(code));
      if (!shown) continue;
      swapped.add(shown);
      drafts.push({
        kind: "truefalse",
        key: "un-against-tf-near-miss",
        difficulty: 2,
        prompt: fillCountry(UN_AGAINST, shown),
        options: TRUE_FALSE_OPTIONS,
        answer: "false",
        explanation: both((lang) =>
          lang === "de"
            ? `Falsch: ${countryName(kb, shown).de} stimmte nicht gegen diese Resolutionen. ${againstLine.de} ${UN_CONTEXT.de}`
            : `False: ${countryName(kb, shown).en} did not vote against these resolutions. ${againstLine.en} ${UN_CONTEXT.en}`,
        ),
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
    const why = {
      de: "Wegen des Haftbefehls des Internationalen Strafgerichtshofs kann Putin laut DW nur in wenige Staaten reisen.",
      en: "Because of the International Criminal Court's arrest warrant, Putin can travel to only a few states, according to DW.",
    };
    drafts.push({
      kind: "multi",
      key: "group-members",
      difficulty: 2,
      prompt: fact.ask,
      options: canonical([...members, ...seededPick(outsiders, 3, `group:${fact.id}`)].map((code) => countryOption(kb, code))),
      answer: members.map((code) => code.toLowerCase()),
      explanation: both((lang) => `${explanation[lang]} ${why[lang]}`),
      facts: [fact],
      themes: fact.themes ?? [],
      countries: members,
      check: check("in-group", { fact: fact.id }),
    });
    // One member, and outsiders a teacher chose as near misses (background.yaml) for a list the article gives in full.
    const outsidersShown = (kb.background.nearMisses[fact.id] ?? []).filter((code) => outsiders.includes(code));
    for (const [index, truthful] of [true, ...outsidersShown.map(() => false)].entries()) {
      const shown = truthful ? seededPick(members, 1, `group-tf:${fact.id}:${index}`)[0]! : outsidersShown[index - 1]!;
      drafts.push({
        kind: "truefalse",
        key: `group-tf:${index}`,
        difficulty: 1,
        prompt: fillCountry(fact.claim, shown),
        options: TRUE_FALSE_OPTIONS,
        answer: truthful ? "true" : "false",
        explanation: both(
          (lang) =>
            `${lang === "de" ? (truthful ? "Richtig" : "Falsch") : truthful ? "True" : "False"}: ${explanation[lang]} ${why[lang]}`,
        ),
        facts: [fact],
        themes: fact.themes ?? [],
        countries: members,
        check: check("in-group", { fact: fact.id }, shown),
      });
    }
  }
  return drafts;
}
