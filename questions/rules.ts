// Content rules the validation applies to every generated question, beyond "exactly the intended answer":
// each guards one fault class of issue 12 (closed-world options, time, precision, teaching value).
import { otherOccurrences, outOfOfficeAt, type TKnowledgeBase, type TTruth } from "./kb";
import type { TQuestion } from "./types";

/** The prompt asks what the articles say (German and English). */
const ABOUT_ARTICLES = {
  de: /\blaut\b|\bnenn(t|en)\b|\bnannten?\b|\bschreib(t|en)\b|\bbeschreib(t|en)\b|\bArtikel\b|Bildergalerie|\bDW\b/,
  en: /according to|\bname[sd]?\b|\bwrites?\b|\bdescribes?\b|\barticles?\b|picture gallery|\bDW\b/,
};
/** A statement keyed false by the articles' silence must say so: "DW nennt …", not "X did …". */
const NAMES = {
  de: /\bnenn(t|en)\b|\bnannten?\b|\bschreib(t|en)\b|\bschrieb(en)?\b/,
  en: /\bname[sd]?\b|\bmentions?\b|\bwrites?\b/,
};

export function speaksOfArticles(question: TQuestion, strict = false): boolean {
  const marks = strict ? NAMES : ABOUT_ARTICLES;
  return question.check.scope === "article" && marks.de.test(question.prompt.de) && marks.en.test(question.prompt.en);
}

/**
 * Whether a wrong option (or a "false" key) may have this truth: known false in the world, or – only where the
 * question asks what the articles say – something they leave unsaid. "unknown" (true or unclear in the world)
 * never may.
 */
export function wrongIsAllowed(question: TQuestion, holds: TTruth): boolean {
  if (holds === "false") return true;
  return holds === "unsaid" && speaksOfArticles(question, question.kind === "truefalse");
}

/** Phrasings that read like a machine filled a template. */
const MACHINE_PHRASES = [/In welchem Jahr war das:/, /In which year did this happen:/, / von (Iran|Syrien|Indien|China)\b/];
/** Filler that glues a borrowed sentence onto an explanation instead of saying how it relates. */
const FILLER = [/Dazu passt:/, /In the same vein/i];

/** "It does not follow that it is untrue": only for a key that rests on the articles' silence. */
const HEDGE = { de: /heißt nicht, dass es nicht (zutrifft|stimmt)/, en: /does not mean (it is|that it is) untrue/ };

/**
 * The hedge belongs where the key is "the articles do not say so" and reality is unknown; a statement false in the
 * world (holds "false") gets an explanation of what is true instead.
 */
export function hedgeRule(question: TQuestion, holds?: TTruth): string[] {
  const hedged = HEDGE.de.test(question.explanation.de) || HEDGE.en.test(question.explanation.en);
  if (!hedged) return [];
  if (question.check.scope !== "article" || (question.kind === "truefalse" && holds !== "unsaid"))
    return ['hedges a plainly false statement ("heißt nicht, dass es nicht zutrifft"): say what is true instead'];
  return [];
}

/** Relations whose false statement says a fact of another subject than its own ("Iran was Moscow's main base"). */
const SWAP_RELATIONS = new Set(["member-of", "statement", "in-group", "supplies", "un-against"]);

/** A swapped false statement uses a near miss a teacher chose (background.yaml nearMisses), never any country. */
function nearMissRules(kb: TKnowledgeBase, question: TQuestion): string[] {
  if (question.kind !== "truefalse" || question.answer !== "false" || !SWAP_RELATIONS.has(question.check.relation)) return [];
  if (!("subject" in question.check)) return [];
  const subject = question.check.subject;
  const chosen = question.factIds.some((id) => kb.background.nearMisses[id]?.includes(subject));
  return chosen ? [] : [`the false statement swaps in ${subject}, which is no chosen near miss (background.yaml nearMisses)`];
}

/**
 * "Über welches Land schreibt DW: …?": a statement that is not exclusive may fit other countries in the real world
 * (Belarus is sanctioned too, North Korea is communist too), so its wrong options must be ones a teacher vetted as
 * not fitting (background.yaml attributionMisses) – whatever the question's scope.
 */
export function attributionRules(kb: TKnowledgeBase, question: TQuestion): string[] {
  if (question.check.relation !== "statement" || !["single", "multi", "map"].includes(question.kind)) return [];
  const fact = kb.factsById.get(question.check.args.fact ?? "");
  if (fact?.type !== "statement" || fact.exclusive || !fact.country) return [];
  const vetted = kb.background.attributionMisses[fact.id] ?? [];
  if (question.kind === "map") return [`${fact.id} is not exclusive: every other country on the map would be unvetted`];
  return question.options
    .filter((option) => option.subject !== fact.country && !vetted.includes(option.subject))
    .map(
      (option) => `${fact.id}: wrong option ${option.subject} is not vetted as not fitting (background.yaml attributionMisses)`,
    );
}

/** A claim the bank's own correction calls false in the world is never the key: only a false statement says it. */
export function claimFalseRules(kb: TKnowledgeBase, question: TQuestion): string[] {
  const problems: string[] = [];
  for (const id of question.factIds) {
    const fact = kb.factsById.get(id);
    if (fact?.type !== "statement" || !fact.correction?.claimFalse || question.check.args.fact !== id) continue;
    const keyedFalse =
      question.kind === "truefalse" &&
      question.answer === "false" &&
      "subject" in question.check &&
      question.check.subject === "false-claim";
    if (!keyedFalse) problems.push(`${id}: keys a claim its own correction calls false in the world; ask the false near miss`);
  }
  return problems;
}

/** The year of a date, or a year in running text. */
const YEAR = /\b(19|20)\d\d\b/;

/** Where an article is wrong, the question says so, and never repeats the article's wording as its own. */
function correctionRules(kb: TKnowledgeBase, question: TQuestion): string[] {
  const problems: string[] = [];
  const shown = new Set(question.sources.map((source) => `${source.file}\n${source.quote}`));
  for (const fact of kb.facts) {
    if (!fact.correction) continue;
    const rests = question.factIds.includes(fact.id) || fact.sources.some((s) => shown.has(`${s.file}\n${s.quote}`));
    if (!rests) continue;
    if (!(question.note?.de.includes(fact.correction.note.de) && question.note.en.includes(fact.correction.note.en)))
      problems.push(`${fact.id}: the article is corrected, but the question does not say so in its note`);
    const wrong = fact.correction.wrong;
    const keyedFalse = question.kind === "truefalse" && question.answer === "false";
    if (wrong && !keyedFalse) {
      for (const lang of ["de", "en"] as const) {
        // A quotation is the article's own wording (its note says what is wrong); outside quotes the question speaks.
        const unquoted = (text: string) => text.replace(/[„“"][^„“”"]*[“”"]/g, "");
        const texts = [question.prompt[lang], question.explanation[lang], ...question.options.map((o) => o.text[lang])].map(
          unquoted,
        );
        if (texts.some((text) => text.includes(wrong[lang])))
          problems.push(`${fact.id}: repeats the article's imprecise "${wrong[lang]}" as its own`);
      }
    }
  }
  return problems;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\d]{4,}/gu) ?? []);

function explanationRules(question: TQuestion): string[] {
  const problems: string[] = [];
  for (const lang of ["de", "en"] as const) {
    const text = question.explanation[lang].trim();
    if (!/^[\p{Lu}„“"(\d]/u.test(text) || !/[.!?“”")]$/.test(text)) problems.push(`the ${lang} explanation is no full sentence`);
    const prompt = words(question.prompt[lang]);
    const added = [...words(text)].filter((word) => !prompt.has(word));
    if (added.length < 3) problems.push(`the ${lang} explanation only repeats the prompt: add why or context`);
  }
  return problems;
}

function englishRules(question: TQuestion): string[] {
  const texts = [question.prompt.en, question.explanation.en, question.note?.en ?? "", ...question.options.map((o) => o.text.en)];
  const problems = texts.some((text) => /[„‚]/.test(text)) ? ["an English text uses German quotation marks"] : [];
  for (const source of question.sources) if (!source.en?.trim()) problems.push(`source quote without English translation`);
  return problems;
}

function timeRules(kb: TKnowledgeBase, question: TQuestion): string[] {
  const problems: string[] = [];
  if (!/^Stand /.test(question.asOfLabel?.de ?? "") || !/^As of /.test(question.asOfLabel?.en ?? ""))
    problems.push("has no label of the date it stands at");
  for (const id of question.factIds) {
    const fact = kb.factsById.get(id);
    if (!fact) continue;
    if (fact.until && !(question.note?.de.includes(fact.until.note.de) ?? false))
      problems.push(`${id} no longer holds (${fact.until.date}) but the question does not say what changed`);
    if (fact.until && !/\blaut\b|\bwar(en)?\b|\bhatte\b/.test(question.prompt.de))
      problems.push(`${id} no longer holds: ask it in the past tense or as the article's claim`);
    // "Laut DW (Juni 2024) …", "Bis Dezember 2024 …": a status that ended is asked with its date, never timelessly.
    if (fact.until && !(YEAR.test(question.prompt.de) && YEAR.test(question.prompt.en)))
      problems.push(`${id} no longer holds (${fact.until.date}): the prompt must say when it held (a year)`);
    const leaderRelations = ["leads-country", "country-of-leader", "holds-office"];
    if (fact.type === "leader" && fact.status !== "in-office" && leaderRelations.includes(question.check.relation)) {
      const text = fact.period?.text.de;
      if (!text || !question.prompt.de.includes(text)) problems.push(`${id} is out of office: the prompt must give the dates`);
    }
  }
  return problems;
}

function precisionRules(kb: TKnowledgeBase, question: TQuestion): string[] {
  const problems: string[] = [];
  if (question.kind === "single" && question.check.relation === "leads-country") {
    const monarch = (id: string) => kb.facts.some((fact) => fact.type === "leader" && fact.personId === id && fact.monarch);
    const kinds = new Set(question.options.map((option) => monarch(option.subject)));
    if (kinds.size > 1) problems.push("mixes monarchs and other leaders as options");
  }
  const numberFact = kb.factsById.get(question.check.args.fact ?? "");
  if (numberFact?.type === "number") {
    if (question.kind === "numeric") {
      if (question.answer.qualifier !== numberFact.qualifier) problems.push("drops the number's qualifier");
      if (numberFact.qualifier === "more-than" && question.answer.tolerance <= 0)
        problems.push("a lower bound needs room above it: any value over it is right");
      // An estimate is the source's, not the world's figure: the prompt names who gives it (S10: "mehr als 30.000").
      if (
        numberFact.estimate &&
        !(/Bildergalerie|\bDW\b/.test(question.prompt.de) && /picture gallery|\bDW\b/.test(question.prompt.en))
      )
        problems.push("asks an estimate as a fact: tie the prompt to the source that gives it");
      const hedge = { de: /mehr als|mindestens|schätz|etwa|ungefähr/i, en: /more than|at least|estimat|about|roughly/i };
      if (numberFact.qualifier !== "exact" && !(hedge.de.test(question.prompt.de) && hedge.en.test(question.prompt.en)))
        problems.push("the prompt loses the hedge of the number");
    }
    if (question.kind === "truefalse" && "subject" in question.check) {
      const shown = Number(question.check.subject);
      const off = Math.abs(shown - numberFact.value);
      if (shown !== numberFact.value && off > numberFact.value * 0.5)
        problems.push(`the wrong number ${shown} is off by more than half: not a plausible near miss`);
    }
  }
  return problems;
}

function phrasingRules(kb: TKnowledgeBase, question: TQuestion): string[] {
  const problems: string[] = [];
  for (const lang of ["de", "en"] as const) {
    for (const phrase of MACHINE_PHRASES) if (phrase.test(question.prompt[lang])) problems.push(`machine phrasing: ${phrase}`);
    for (const phrase of FILLER)
      if (phrase.test(question.explanation[lang])) problems.push(`filler in the explanation: ${phrase}`);
  }
  // "Who watched the 2025 parade?" never offers a president who had died or fallen before it: an implausible option.
  if (question.check.relation === "actor")
    for (const option of question.options)
      if (outOfOfficeAt(kb, option.subject, question.check.args.fact ?? ""))
        problems.push(`offers ${option.subject}, out of office before the event: no plausible option`);
  // "DW schreibt: „…“ – richtig oder falsch?" tests which article said it, not what is so.
  if (
    /^(DW|Die Bildergalerie) schreibt: „/.test(question.prompt.de) ||
    /^(DW|The picture gallery) writes: “/.test(question.prompt.en)
  )
    problems.push("tests only which article said a sentence: ask about its substance");
  if (question.kind === "map" && !/\blaut\b|Allgemeinwissen/.test(question.prompt.de))
    problems.push("a map question states a fact from the articles or says that location is general knowledge");
  // A recurring event is asked only with what makes it unique.
  for (const id of question.factIds) {
    const fact = kb.factsById.get(id);
    if (fact?.type !== "event" || !otherOccurrences(kb, id).length) continue;
    const shown = [question.prompt.de, ...question.options.map((option) => option.text.de)].join(" ");
    if (!(fact.detail && shown.includes(fact.detail.de)) && !/DW|Bildergalerie|Galerie/.test(question.prompt.de))
      problems.push(`${id} recurs: name the detail that makes it unique or anchor it to the article`);
  }
  return problems;
}

export function contentRules(kb: TKnowledgeBase, question: TQuestion): string[] {
  return [
    ...explanationRules(question),
    ...englishRules(question),
    ...timeRules(kb, question),
    ...precisionRules(kb, question),
    ...phrasingRules(kb, question),
    ...correctionRules(kb, question),
    ...nearMissRules(kb, question),
    ...attributionRules(kb, question),
    ...claimFalseRules(kb, question),
    ...(question.kind === "truefalse" ? [] : hedgeRule(question)),
  ];
}

/** True/false questions: between 40 % and 60 % "true" in every group of questions a set draws on. */
export function trueShare(questions: TQuestion[]): number | undefined {
  const statements = questions.filter((question) => question.kind === "truefalse");
  if (!statements.length) return undefined;
  return statements.filter((question) => question.answer === "true").length / statements.length;
}

export function setRules(kb: TKnowledgeBase, questions: TQuestion[]): string[] {
  const problems: string[] = [];
  const groups: Array<[string, TQuestion[]]> = [["all", questions]];
  for (const region of new Set([...kb.countries.values()].flatMap((country) => (country.region ? [country.region] : [])))) {
    groups.push([`region ${region}`, questions.filter((q) => q.tags.regions.length === 1 && q.tags.regions[0] === region)]);
  }
  for (const theme of new Set(questions.flatMap((question) => question.tags.themes))) {
    groups.push([`theme ${theme}`, questions.filter((question) => question.tags.themes.includes(theme))]);
  }
  for (const [name, group] of groups) {
    const share = trueShare(group);
    if (share !== undefined && (share < 0.4 || share > 0.6))
      problems.push(`${name}: ${Math.round(share * 100)} % of true/false questions are true (keep 40–60 %)`);
  }
  return problems;
}
