// Quotes: who said it. Nobody named in the prompt is a wrong option (Raisi did not mourn himself).
import { factsOfType, perSource, type TKnowledgeBase } from "../kb";
import { seededPick } from "../random";
import { both, capitalize } from "../text";
import { canonical, check, personOption, type TDraft } from "./builder";
import { contextSentence } from "./context";

export function quoteQuestions(kb: TKnowledgeBase): TDraft[] {
  const people = [...kb.people.keys()].sort();
  return factsOfType(kb, "quote")
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((fact) => {
      const speaker = kb.people.get(fact.speaker)!;
      const named = (person: string) => {
        const name = kb.people.get(person)!.name;
        return fact.ask.de.includes(name.de) || fact.ask.en.includes(name.en);
      };
      const others = people.filter((person) => person !== fact.speaker && !named(person));
      const per = perSource(kb, fact);
      return {
        kind: "single",
        key: "quote-who",
        difficulty: 2,
        prompt: fact.ask,
        options: canonical([fact.speaker, ...seededPick(others, 3, `quote-who:${fact.id}`)].map((p) => personOption(kb, p))),
        answer: fact.speaker,
        explanation: both((lang) => {
          const who = `${speaker.name[lang]} (${speaker.role[lang]})`;
          const open = lang === "de" ? "„" : "“";
          const close = lang === "de" ? "“" : "”";
          const line = fact.indirect
            ? `${capitalize(per[lang])}: ${fact.text[lang].replace(/\.$/, "")} – ${lang === "de" ? "so" : "said"} ${who}.`
            : `${capitalize(per[lang])} ${lang === "de" ? "sagte" : "said"} ${who}: ${open}${fact.text[lang]}${close}.`;
          return `${line} ${contextSentence(kb, fact)[lang]}`.trim();
        }),
        facts: [fact],
        themes: ["leaders"],
        countries: fact.country ? [fact.country] : [],
        check: check("said", { fact: fact.id }),
      } satisfies TDraft;
    });
}
