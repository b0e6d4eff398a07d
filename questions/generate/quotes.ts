// Quotes: who said it.
import { factsOfType, type TKnowledgeBase } from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both } from "@/questions/text";
import { canonical, check, personOption, type TDraft } from "./builder";

export function quoteQuestions(kb: TKnowledgeBase): TDraft[] {
  const people = [...kb.people.keys()].sort();
  return factsOfType(kb, "quote")
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((fact) => {
      const speaker = kb.people.get(fact.speaker)!;
      const others = people.filter((person) => person !== fact.speaker);
      return {
        kind: "single",
        key: "quote-who",
        difficulty: 2,
        prompt: fact.ask,
        options: canonical([fact.speaker, ...seededPick(others, 3, `quote-who:${fact.id}`)].map((p) => personOption(kb, p))),
        answer: fact.speaker,
        explanation: both((lang) =>
          fact.indirect
            ? `${speaker.name[lang]} (${speaker.role[lang]}): ${fact.text[lang]}`
            : `„${fact.text[lang]}“ – ${speaker.name[lang]} (${speaker.role[lang]})`,
        ),
        facts: [fact],
        themes: ["leaders"],
        countries: fact.country ? [fact.country] : [],
        check: check("said", { fact: fact.id }),
      } satisfies TDraft;
    });
}
