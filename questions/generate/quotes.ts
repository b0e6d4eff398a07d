// Quotes: who said it. Nobody named in the prompt is a wrong option (Raisi did not mourn himself).
import { factsOfType, perSource, type TKnowledgeBase } from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both, capitalize, quoted } from "@/questions/text";
import { canonical, check, personOption, type TDraft } from "./builder";
import { contextSentence } from "./context";
import { officeOf } from "./leaders";

export function quoteQuestions(kb: TKnowledgeBase): TDraft[] {
  const people = [...kb.people.keys()].sort();
  return factsOfType(kb, "quote")
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((fact) => {
      const speaker = kb.people.get(fact.speaker)!;
      const named = (person: string) => {
        const parts = Object.values(kb.people.get(person)!.name).flatMap((name) =>
          name.split(/\s+/).filter((p) => p.length >= 4),
        );
        return parts.some((part) => fact.ask.de.includes(part) || fact.ask.en.includes(part));
      };
      const others = people.filter((person) => person !== fact.speaker && !named(person));
      const per = perSource(kb, fact);
      // "Tô Lâm, damals Präsident Vietnams": the office the speaker held when speaking.
      const office = factsOfType(kb, "leader").find((leader) => leader.personId === fact.speaker);
      const who = (lang: "de" | "en") =>
        office
          ? `${speaker.name[lang]} (${officeOf(kb, office.role, office.country!, lang)}${office.period ? `, ${office.period.text[lang]}` : ""})`
          : `${speaker.name[lang]} (${speaker.role[lang]})`;
      return {
        kind: "single",
        key: "quote-who",
        difficulty: 2,
        prompt: fact.ask,
        options: canonical([fact.speaker, ...seededPick(others, 3, `quote-who:${fact.id}`)].map((p) => personOption(kb, p))),
        answer: fact.speaker,
        // Who it was, with the office at the time, and the article's own sentence (a paraphrase could misquote).
        explanation: both((lang) => {
          const source = fact.sources[0]!;
          const sentence = quoted(lang === "de" ? source.quote : source.en, lang);
          const was = lang === "de" ? `Es war ${who(lang)}.` : `It was ${who(lang)}.`;
          // A speaker out of office: what he is now (Tô Lâm, since August 2024 party leader).
          const now = office && office.status !== "in-office" ? (office.note?.[lang] ?? "") : "";
          return `${was} ${capitalize(per[lang])}: ${sentence} ${now || contextSentence(kb, fact)[lang]}`.trim();
        }),
        facts: [fact],
        themes: ["leaders"],
        countries: fact.country ? [fact.country] : [],
        check: check("said", { fact: fact.id }),
      } satisfies TDraft;
    });
}
