// Dated events: in which year, who took part, and putting events in order. A year question needs the event's
// own wording (`ask`), never a headline pasted into a template; its wrong years are near the right one and
// never a year the same kind of event also happened (background.yaml). A recurring event is named with the
// detail that makes it unique wherever it is asked or ordered.
import {
  actedIn,
  dateSpan,
  factsOfType,
  happenedBefore,
  happenedInYear,
  outOfOfficeAt,
  type TEventFact,
  type TKnowledgeBase,
} from "@/questions/kb";
import { seededPick } from "@/questions/random";
import { both, formatDate } from "@/questions/text";
import type { TOption } from "@/questions/types";
import { canonical, check, personOption, type TDraft } from "./builder";
import { contextSentence } from "./context";

const ORDER_LENGTH = 4;
/** No wrong year after this: the bank stands in 2026. */
const LAST_YEAR = 2026;

/** The event as a label: with its unique detail, where it has one. */
export function eventLabel(fact: TEventFact) {
  return both((lang) => (fact.detail ? `${fact.label[lang]} ${fact.detail[lang]}` : fact.label[lang]));
}

function eventLine(fact: TEventFact) {
  return both((lang) => {
    const when = fact.date ? ` (${formatDate(fact.date, lang)})` : "";
    const note = fact.dateNote ? ` ${fact.dateNote[lang]}` : "";
    return `${eventLabel(fact)[lang]}${when}.${note}`;
  });
}

function eventExplanation(kb: TKnowledgeBase, fact: TEventFact) {
  const context = contextSentence(kb, fact);
  return both((lang) => `${eventLine(fact)[lang]} ${context[lang]}`.trim());
}

function eventOption(fact: TEventFact): TOption {
  return { id: fact.id.replaceAll(".", "-"), text: eventLabel(fact), subject: fact.id };
}

function countriesOf(fact: TEventFact): string[] {
  return fact.country ? [fact.country] : [];
}

/** Three wrong years close to the right one: plausible, and known to be wrong. */
function nearYears(kb: TKnowledgeBase, fact: TEventFact, year: number): number[] {
  // No year after the article that reports the event: it cannot have been then.
  const last = Math.min(LAST_YEAR, ...fact.sources.map((source) => Number(kb.sources.get(source.file)!.asOf.slice(0, 4))));
  const near = [-1, 1, -2, 2, -3, 3, -4, 4]
    .map((step) => year + step)
    .filter((other) => other <= last && happenedInYear(kb, fact.id, other) === "false");
  return seededPick(near.slice(0, 4), 3, `event-year:${fact.id}`);
}

export function eventQuestions(kb: TKnowledgeBase): TDraft[] {
  const events = factsOfType(kb, "event").sort((a, b) => a.id.localeCompare(b.id));
  const dated = events.filter((fact): fact is TEventFact & { date: string } => Boolean(fact.date));
  // Who took part: the allies' leaders (Putin is the host or counterpart of every event, never a wrong option).
  const people = [...kb.people.values()]
    .filter((person) => kb.countries.get(person.country)?.role !== "context")
    .map((person) => person.id)
    .sort();
  const drafts: TDraft[] = [];

  for (const fact of events) {
    if (fact.date && fact.ask) {
      const year = Number(fact.date.slice(0, 4));
      const wrong = nearYears(kb, fact, year);
      if (wrong.length === 3)
        drafts.push({
          kind: "single",
          key: "event-year",
          difficulty: 2,
          prompt: fact.ask,
          options: canonical(
            [year, ...wrong].map((y) => ({ id: `y${y}`, text: { de: String(y), en: String(y) }, subject: String(y) })),
          ),
          answer: `y${year}`,
          explanation: eventExplanation(kb, fact),
          facts: [fact],
          themes: ["numbers"],
          countries: countriesOf(fact),
          check: check("in-year", { fact: fact.id }),
        });
    }
    if (fact.askWho && fact.actor) {
      // Nobody already out of office then: Raisi (dead since May 2024) is no plausible guest of a 2025 parade.
      const others = people.filter((person) => actedIn(kb, person, fact.id) === "false" && !outOfOfficeAt(kb, person, fact.id));
      drafts.push({
        kind: "single",
        key: "event-who",
        difficulty: 2,
        prompt: fact.askWho,
        options: canonical([fact.actor, ...seededPick(others, 3, `event-who:${fact.id}`)].map((p) => personOption(kb, p))),
        answer: fact.actor,
        explanation: eventExplanation(kb, fact),
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
        de: "Bringe die Ereignisse aus den Artikeln in die zeitliche Reihenfolge – das früheste zuerst.",
        en: "Put the events from the articles in chronological order – earliest first.",
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
