// Dated events: in which year, who took part, and putting events in order.
import { dateSpan, factsOfType, happenedBefore, type TEventFact, type TKnowledgeBase } from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both, formatDate } from "@/questions/text";
import type { TOption } from "@/questions/types";
import { canonical, check, personOption, type TDraft } from "./builder";

const ORDER_LENGTH = 4;

function eventLine(fact: TEventFact) {
  return both((lang) => {
    const when = fact.date ? ` (${formatDate(fact.date, lang)})` : "";
    const note = fact.dateNote ? ` ${fact.dateNote[lang]}` : "";
    return `${fact.label[lang]}${when}.${note}`;
  });
}

function eventOption(fact: TEventFact): TOption {
  return { id: fact.id.replaceAll(".", "-"), text: fact.label, subject: fact.id };
}

function countriesOf(fact: TEventFact): string[] {
  return fact.country ? [fact.country] : [];
}

export function eventQuestions(kb: TKnowledgeBase): TDraft[] {
  const events = factsOfType(kb, "event").sort((a, b) => a.id.localeCompare(b.id));
  const dated = events.filter((fact): fact is TEventFact & { date: string } => Boolean(fact.date));
  const years = [...new Set(dated.map((fact) => Number(fact.date.slice(0, 4))))].sort();
  const people = [...kb.people.keys()].sort();
  const drafts: TDraft[] = [];

  for (const fact of events) {
    if (fact.date) {
      const year = Number(fact.date.slice(0, 4));
      const others = years.filter((other) => other !== year);
      drafts.push({
        kind: "single",
        key: "event-year",
        difficulty: 2,
        prompt:
          fact.ask ??
          both((lang) =>
            lang === "de" ? `In welchem Jahr war das: ${fact.label.de}?` : `In which year did this happen: ${fact.label.en}?`,
          ),
        options: canonical(
          [year, ...seededPick(others, 3, `event-year:${fact.id}`)].map((y) => ({
            id: `y${y}`,
            text: { de: String(y), en: String(y) },
            subject: String(y),
          })),
        ),
        answer: `y${year}`,
        explanation: eventLine(fact),
        facts: [fact],
        themes: ["numbers"],
        countries: countriesOf(fact),
        check: check("in-year", { fact: fact.id }),
      });
    }
    if (fact.askWho && fact.actor) {
      const others = people.filter((person) => person !== fact.actor);
      drafts.push({
        kind: "single",
        key: "event-who",
        difficulty: 2,
        prompt: fact.askWho,
        options: canonical([fact.actor, ...seededPick(others, 3, `event-who:${fact.id}`)].map((p) => personOption(kb, p))),
        answer: fact.actor,
        explanation: eventLine(fact),
        facts: [fact],
        themes: ["leaders"],
        countries: countriesOf(fact),
        check: check("actor", { fact: fact.id }),
      });
    }
  }

  // Orderings: runs of events whose dates cannot overlap, so exactly one order is right.
  const byStart = [...dated].sort((a, b) => dateSpan(a.date)[0] - dateSpan(b.date)[0] || a.id.localeCompare(b.id));
  const seen = new Set<string>();
  for (let offset = 0; offset < byStart.length; offset++) {
    const run: TEventFact[] = [];
    for (const fact of [...byStart.slice(offset), ...byStart.slice(0, offset)]) {
      const last = run.at(-1);
      if (!last || happenedBefore(kb, last.id, fact.id) === "true") run.push(fact);
      if (run.length === ORDER_LENGTH) break;
    }
    const key = run.map((fact) => fact.id).join("|");
    if (run.length < ORDER_LENGTH || seen.has(key)) continue;
    seen.add(key);
    drafts.push({
      kind: "ordering",
      key: `event-order:${key}`,
      difficulty: 3,
      prompt: {
        de: "Bringe die Ereignisse in die zeitliche Reihenfolge – das früheste zuerst.",
        en: "Put the events in chronological order – earliest first.",
      },
      options: canonical(run.map(eventOption)),
      answer: run.map((fact) => eventOption(fact).id),
      explanation: both((lang) => run.map((fact) => eventLine(fact)[lang]).join(" ")),
      facts: run,
      themes: ["numbers"],
      countries: run.flatMap(countriesOf),
      check: check("chronological", {}),
    });
  }
  return drafts;
}
