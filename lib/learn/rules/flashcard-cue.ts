// A flashcard's cue: the question on its front that its back answers, built from what the fact's own questions
// ask. The front also shows the fact's countries (named, on a map); a cue whose answer is one of them hides
// them (`hidesCountry`), so the front never gives its answer away. Pure: no database, runs in tests.
import type { TLocalized } from "@/questions/schema";
import type { TOption, TStoredQuestion } from "@/questions/types";

export type TFlashcardCue = { text: TLocalized; hidesCountry: boolean };

const both = (make: (lang: keyof TLocalized) => string): TLocalized => ({ de: make("de"), en: make("en") });

/** The option that stands for the fact itself in a matching or ordering question (an event, a descriptor). */
function optionOfFact(question: TStoredQuestion, factId: string): TOption | undefined {
  return question.options.find((option) => option.subject === factId || option.id === factId.replaceAll(".", "-"));
}

/** "Welches dieser Länder …?" refers to options a card does not show; such a cue lists them. */
const REFERS_TO_OPTIONS = /\b(dieser|diesen|folgenden?|these|following)\b/i;

function withOptions(question: TStoredQuestion): TLocalized {
  if (!REFERS_TO_OPTIONS.test(question.prompt.de) && !REFERS_TO_OPTIONS.test(question.prompt.en)) return question.prompt;
  return both((lang) => `${question.prompt[lang]} (${question.options.map((option) => option.text[lang]).join(", ")})`);
}

/** The countries a question's right answer names (single or multiple select between countries). */
function answerCountries(question: TStoredQuestion): string[] {
  if (question.kind !== "single" && question.kind !== "multi") return [];
  const right = new Set(question.kind === "single" ? [question.answer] : question.answer);
  return question.options
    .filter((option) => right.has(option.id) && /^[A-Z]{2}$/.test(option.subject))
    .map((option) => option.subject);
}

/**
 * Every cue the fact's questions give, best first:
 * 1. a single choice, multiple select or number asked whose answer the front does not show ("Wie lang ist …?",
 *    "Womit unterstützt Iran Russland?");
 * 2. the same asking for a country the front shows, which the front then hides ("Welches Land …?");
 * 3. one side of a matching question ("Mit welchem Wort … Herrschaft …? – Belarus → ?");
 * 4. the date of an event from an ordering question;
 * 5. a true/false statement, a near-miss false one first (with the countries hidden: the front would tell), then
 *    the fact's own.
 */
export function flashcardCues(
  factId: string,
  questions: readonly TStoredQuestion[],
  countries: readonly string[],
): TFlashcardCue[] {
  const asked: TFlashcardCue[] = [];
  const askedCountry: TFlashcardCue[] = [];
  const matched: TFlashcardCue[] = [];
  const dated: TFlashcardCue[] = [];
  const statements: TFlashcardCue[] = [];
  for (const question of questions) {
    switch (question.kind) {
      case "single":
      case "multi":
      case "numeric": {
        const named = answerCountries(question);
        const showsAnswer = named.some((code) => countries.includes(code));
        (showsAnswer ? askedCountry : asked).push({ text: withOptions(question), hidesCountry: showsAnswer });
        break;
      }
      case "matching": {
        const own = optionOfFact(question, factId);
        const pair = own && question.answer.find((pair) => pair.includes(own.id));
        const other = pair && question.options.find((option) => option.id !== own.id && pair.includes(option.id));
        if (other)
          matched.push({ text: both((lang) => `${question.prompt[lang]} – ${other.text[lang]} → ?`), hidesCountry: false });
        break;
      }
      case "ordering": {
        const own = optionOfFact(question, factId);
        if (own) {
          const text = both((lang) =>
            lang === "de"
              ? `Wann war das laut den Artikeln: ${own.text.de}?`
              : `When was this, according to the articles: ${own.text.en}?`,
          );
          dated.push({ text, hidesCountry: false });
        }
        break;
      }
      case "truefalse": {
        const text = both((lang) => `${lang === "de" ? "Richtig oder falsch?" : "True or false?"} ${question.prompt[lang]}`);
        if (question.answer === "false") statements.unshift({ text, hidesCountry: true });
        else statements.push({ text, hidesCountry: false });
        break;
      }
      case "map":
        break;
    }
  }
  return [...asked, ...askedCountry, ...matched, ...dated, ...statements];
}

/**
 * One cue per fact, no two alike (two cards with the same front would ask the same thing and expect different
 * answers): each fact, in the order given, takes its best cue not taken yet; a fact whose every cue is taken
 * keeps its best, marked with the fact's date so the fronts still differ.
 */
export function assignFlashcardCues(
  facts: ReadonlyArray<{ id: string; cues: TFlashcardCue[]; asOfLabel: TLocalized }>,
): Map<string, TFlashcardCue> {
  const taken = new Set<string>();
  const assigned = new Map<string, TFlashcardCue>();
  for (const fact of facts) {
    const free = fact.cues.find((cue) => !taken.has(cue.text.de));
    const best = fact.cues[0];
    const cue = free ?? (best && { ...best, text: both((lang) => `${best.text[lang]} (${fact.asOfLabel[lang]})`) });
    if (!cue) continue;
    taken.add(cue.text.de);
    assigned.set(fact.id, cue);
  }
  return assigned;
}
