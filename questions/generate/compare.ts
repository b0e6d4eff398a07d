// Beyond recall: questions that compare the two articles – which countries each presents as Russia's allies,
// which appeared first, and the words they use for the regimes. Every key is a fact about the articles' text.
import { factsOfType, type TFact, type TKnowledgeBase, type TSource } from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both, formatList } from "@/questions/text";
import { articleCheck, canonical, countryName, countryOption, TRUE_FALSE_OPTIONS, type TDraft } from "./builder";

/** A sentence of the article about the country: the source of "the article lists it". */
function listingFact(kb: TKnowledgeBase, code: string, file: string): TFact[] {
  const fact = kb.facts
    .filter((candidate) => candidate.type === "leader" || candidate.type === "statement" || candidate.type === "support")
    .filter((candidate) => candidate.country === code && candidate.sources.some((source) => source.file === file))
    .sort((a, b) => a.id.localeCompare(b.id))[0];
  return fact ? [fact] : [];
}

export function compareQuestions(kb: TKnowledgeBase): TDraft[] {
  const sources = [...kb.sources.values()].sort((a, b) => a.asOf.localeCompare(b.asOf));
  if (sources.length !== 2) return [];
  const [older, newer] = sources as [TSource, TSource];
  const drafts: TDraft[] = [];
  const names = (codes: string[], lang: "de" | "en") =>
    formatList(
      codes.map((code) => countryName(kb, code)[lang]),
      lang,
    );
  const both2 = older.lists.filter((code) => newer.lists.includes(code)).sort();
  const only = (source: TSource, other: TSource) => source.lists.filter((code) => !other.lists.includes(code)).sort();
  const summary = both((lang) =>
    lang === "de"
      ? `Beide Artikel stellen ${names(both2, "de")} vor. Nur die DW-Übersicht (Juni 2024) nennt ${names(only(older, newer), "de")}, nur die Bildergalerie (2025) ${names(only(newer, older), "de")}.`
      : `Both articles present ${names(both2, "en")}. Only the DW overview (June 2024) names ${names(only(older, newer), "en")}, only the picture gallery (2025) ${names(only(newer, older), "en")}.`,
  );
  const factsFor = (codes: string[]) => codes.flatMap((code) => sources.flatMap((source) => listingFact(kb, code, source.file)));

  const multi = (
    key: string,
    answer: string[],
    wrongPool: string[],
    prompt: { de: string; en: string },
    relation: string,
    args: Record<string, string>,
  ) => {
    const wrong = seededPick(wrongPool, 3, `compare:${key}`);
    drafts.push({
      kind: "multi",
      key: `compare-${key}`,
      difficulty: 3,
      prompt,
      options: canonical([...answer, ...wrong].map((code) => countryOption(kb, code))),
      answer: answer.map((code) => code.toLowerCase()),
      explanation: summary,
      facts: factsFor([...answer, ...wrong]),
      themes: ["alliances"],
      countries: answer,
      check: articleCheck(relation, args),
    });
  };
  multi(
    "both",
    both2,
    [...only(older, newer), ...only(newer, older)],
    {
      de: "Welche dieser Länder stellen beide Artikel als Verbündete oder Unterstützer Russlands vor?",
      en: "Which of these countries do both articles present as Russia's allies or supporters?",
    },
    "listed-by-all",
    {},
  );
  multi(
    "only-older",
    only(older, newer),
    [...both2, ...only(newer, older)],
    {
      de: "Welche dieser Länder nennt nur die DW-Übersicht (Juni 2024) unter Russlands Unterstützern, die spätere Bildergalerie aber nicht?",
      en: "Which of these countries does only the DW overview (June 2024) name among Russia's supporters, and the later picture gallery not?",
    },
    "listed-only-by",
    { file: older.file },
  );
  multi(
    "only-newer",
    only(newer, older),
    [...both2, ...only(older, newer)],
    {
      de: "Welche dieser Länder nennt nur die Bildergalerie (2025) unter Russlands Verbündeten, die ältere DW-Übersicht aber nicht?",
      en: "Which of these countries does only the picture gallery (2025) name among Russia's allies, and the older DW overview not?",
    },
    "listed-only-by",
    { file: newer.file },
  );

  // Which appeared first: the dates the questions stand at differ by a year.
  for (const [first, truthful] of [
    [older, true],
    [newer, false],
  ] as const) {
    const second = first === older ? newer : older;
    drafts.push({
      kind: "truefalse",
      key: `compare-first:${first.file}`,
      difficulty: 2,
      prompt: both((lang) =>
        lang === "de"
          ? `${first.short.de === "DW" ? "Die DW-Übersicht" : "Die Bildergalerie"} erschien vor ${second.short.de === "DW" ? "der DW-Übersicht" : "der Bildergalerie"}.`
          : `${first.short.en === "DW" ? "The DW overview" : "The picture gallery"} appeared before ${second.short.en === "DW" ? "the DW overview" : "the picture gallery"}.`,
      ),
      options: TRUE_FALSE_OPTIONS,
      answer: truthful ? "true" : "false",
      explanation: both(
        (lang) =>
          `${lang === "de" ? (truthful ? "Richtig" : "Falsch") : truthful ? "True" : "False"}: ${older.asOfBasis[lang]} ${newer.asOfBasis[lang]}`,
      ),
      facts: factsFor(["CN"]),
      themes: ["numbers"],
      countries: [],
      check: articleCheck("published-first", {}, first.file),
    });
  }

  // The words the articles use for the regimes: each country with its own word.
  const descriptors = factsOfType(kb, "descriptor").sort((a, b) => a.id.localeCompare(b.id));
  if (descriptors.length >= 3) {
    drafts.push({
      kind: "matching",
      key: "compare-descriptors",
      difficulty: 3,
      prompt: {
        de: "Ordne zu: Mit welchem Wort beschreiben die Artikel die Herrschaft in welchem Land?",
        en: "Match: which word do the articles use for the rule in which country?",
      },
      options: [
        ...canonical(descriptors.map((fact) => ({ ...countryOption(kb, fact.country!), side: "left" as const }))),
        ...canonical(
          descriptors.map((fact) => ({
            id: fact.id.replaceAll(".", "-"),
            text: fact.word,
            subject: fact.id,
            side: "right" as const,
          })),
        ),
      ],
      answer: descriptors.map((fact) => [fact.country!.toLowerCase(), fact.id.replaceAll(".", "-")] as [string, string]),
      explanation: both(
        (lang) =>
          [
            ...descriptors.map((fact) =>
              `${countryName(kb, fact.country!)[lang]}: „${fact.word[lang]}“`.replace(/[„“]/g, (m) =>
                lang === "en" ? (m === "„" ? "“" : "”") : m,
              ),
            ),
          ].join("; ") +
          (lang === "de"
            ? ". Die Wörter stammen aus den Artikeln; sie schließen nicht aus, dass andere Wörter auch passen."
            : ". The words are the articles' own; they do not rule out that other words fit too."),
      ),
      facts: descriptors,
      themes: ["leaders"],
      countries: descriptors.map((fact) => fact.country!),
      check: articleCheck("described-as", {}),
    });
  }
  return drafts;
}
