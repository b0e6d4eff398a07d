// The validation pass: proves, from the knowledge base alone, that each question has exactly the intended
// correct answer(s). It re-evaluates the question's relation for every option (or pair, or statement) and
// also checks the shape: unique ids, enough options, known answers, sources found, as-of dates present.
import {
  actedIn,
  holdsOffice,
  isFullMember,
  isPartner,
  happenedBefore,
  happenedInYear,
  inGroup,
  isMember,
  leads,
  said,
  statementHolds,
  supplies,
  votesAgainstEveryUnResolution,
  votesAgainstUn,
  type TKnowledgeBase,
  type TTruth,
} from "./kb";
import { mapCountryCodes } from "./map-codes";
import { contentRules, hedgeRule, setRules, wrongIsAllowed } from "./rules";
import type { TQuestion } from "./types";

type TArgs = Record<string, string>;
type TUnary = (kb: TKnowledgeBase, args: TArgs, subject: string) => TTruth;
type TBinary = (kb: TKnowledgeBase, left: string, right: string) => TTruth;

const truth = (holds: boolean): TTruth => (holds ? "true" : "false");

const UNARY: Record<string, TUnary> = {
  "leads-country": (kb, args, person) => leads(kb, person, args.country!),
  "country-of-leader": (kb, args, country) => leads(kb, args.person!, country),
  "member-of": (kb, args, country) => isMember(kb, country, args.organisation!),
  "org-of-country": (kb, args, org) => isMember(kb, args.country!, org),
  supplies: (kb, args, country) => supplies(kb, country, args.item!),
  "supplied-by": (kb, args, item) => supplies(kb, args.country!, item),
  statement: (kb, args, subject) => statementHolds(kb, args.fact!, subject),
  "in-group": (kb, args, country) => inGroup(kb, args.fact!, country),
  // A statement about no country: its claim holds; its teacher-written near miss does not.
  "statement-general": (kb, args, which) => {
    const fact = kb.factsById.get(args.fact!);
    if (fact?.type !== "statement") return "unknown";
    if (which === "claim") return "true";
    return which === "false-claim" && fact.falseClaim ? "false" : "unknown";
  },
  "un-against": (kb, _args, country) => votesAgainstUn(kb, country),
  "un-against-all": (kb, _args, country) => votesAgainstEveryUnResolution(kb, country),
  "not-condemned": (kb, _args, country) => {
    const stance = kb.facts.find((fact) => fact.type === "un-vote" && fact.country === country);
    return stance?.type === "un-vote" && stance.stance === "not-condemned" ? "true" : "unknown";
  },
  said: (kb, args, person) => said(kb, person, args.fact!),
  actor: (kb, args, person) => actedIn(kb, person, args.fact!),
  "in-year": (kb, args, year) => happenedInYear(kb, args.fact!, Number(year)),
  "number-is": (kb, args, value) => {
    const fact = kb.factsById.get(args.fact!);
    return fact?.type === "number" && fact.qualifier === "exact" ? truth(fact.value === Number(value)) : "unknown";
  },
  "is-country": (_kb, args, country) => truth(country === args.country),
  "holds-office": (kb, args, role) => holdsOffice(kb, args.person!, role),
  "partner-of": (kb, args, country) => isPartner(kb, country, args.organisation!),
  "full-member": (kb, args, country) => isFullMember(kb, country, args.organisation!),
  // Which articles list a country as an ally (questions comparing the two articles).
  // A statement's article said it; the other article, whose text does not hold the sentence, did not.
  "said-in": (kb, args, file) => {
    const fact = kb.factsById.get(args.fact!);
    if (!fact) return "unknown";
    if (fact.sources.some((source) => source.file === file)) return "true";
    return fact.sources.some((source) => kb.sources.get(file)?.text.includes(source.quote)) ? "unknown" : "unsaid";
  },
  "listed-by": (kb, args, country) => truth(kb.sources.get(args.file!)?.lists.includes(country) ?? false),
  "listed-only-by": (kb, args, country) => {
    const lists = (file: string) => kb.sources.get(file)?.lists.includes(country) ?? false;
    return truth(lists(args.file!) && ![...kb.sources.keys()].some((file) => file !== args.file && lists(file)));
  },
  "listed-by-all": (kb, _args, country) => truth([...kb.sources.values()].every((source) => source.lists.includes(country))),
  "published-first": (kb, _args, file) => {
    const dates = [...kb.sources.values()].map((source) => source.asOf).sort();
    return truth(kb.sources.get(file)?.asOf === dates[0] && dates[0] !== dates[1]);
  },
};

const BINARY: Record<string, TBinary> = {
  "leader-pair": (kb, person, country) => leads(kb, person, country),
  "support-pair": (kb, country, item) => supplies(kb, country, item),
  "described-as": (kb, country, descriptorFact) => {
    const fact = kb.factsById.get(descriptorFact);
    if (fact?.type !== "descriptor") return "unknown";
    // The article's word for another country is simply not what the article says of this one.
    return fact.country === country ? "true" : "unsaid";
  },
};

export function validateQuestion(kb: TKnowledgeBase, question: TQuestion): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${question.id} (${question.kind}, ${question.factIds.join(" ")}): ${message}`);

  if (!question.factIds.length) fail("tests no fact");
  for (const id of question.factIds) if (!kb.factsById.has(id)) fail(`unknown fact ${id}`);
  if (!question.sources.length) fail("has no source");
  for (const source of question.sources) {
    if (!kb.sources.get(source.file)?.text.includes(source.quote)) fail(`source quote not found in ${source.file}`);
  }
  if (!/^\d{4}(-\d{2}){0,2}$/.test(question.asOf)) fail("has no as-of date");
  for (const text of [question.prompt, question.explanation]) {
    if (!text.de.trim() || !text.en.trim()) fail("misses a German or English text");
    if (/\{\w+\}/.test(text.de + text.en)) fail("has an unfilled placeholder");
  }
  const ids = question.options.map((option) => option.id);
  if (new Set(ids).size !== ids.length) fail("has duplicate option ids");
  const subjects = question.options.map((option) => `${option.side ?? ""}:${option.subject}`);
  if (new Set(subjects).size !== subjects.length) fail("offers the same thing twice");
  const texts = question.options.map((option) => `${option.side ?? ""}:${option.text.de}`);
  if (new Set(texts).size !== texts.length) fail("has two options with the same text");

  const { relation, args } = question.check;
  const unary = UNARY[relation];
  const binary = BINARY[relation];
  const subjectOf = (id: string) => question.options.find((option) => option.id === id)?.subject;

  switch (question.kind) {
    case "single":
    case "multi": {
      if (!unary) return [...problems, `${question.id}: unknown relation ${relation}`];
      const correct = new Set(question.kind === "single" ? [question.answer] : question.answer);
      if (question.options.length < 3) fail(`offers only ${question.options.length} options`);
      if (question.kind === "multi" && correct.size < 2) fail("a multiple-select question needs two or more right answers");
      if (question.kind === "multi" && correct.size >= question.options.length) fail("every option is right");
      for (const id of correct) if (!ids.includes(id)) fail(`answer ${id} is not an option`);
      for (const option of question.options) {
        const holds = unary(kb, args, option.subject);
        if (correct.has(option.id) && holds !== "true") fail(`answer "${option.text.de}" is ${holds} by the facts`);
        if (!correct.has(option.id) && !wrongIsAllowed(question, holds))
          fail(`wrong option "${option.text.de}" is ${holds} by the facts`);
      }
      break;
    }
    case "truefalse": {
      if (!unary || !("subject" in question.check))
        return [...problems, `${question.id}: a statement needs a relation and subject`];
      const holds = unary(kb, args, question.check.subject);
      if (holds === "unknown") fail("the statement is neither provably true nor provably false");
      else if (holds === "true" && question.answer !== "true") fail("the statement is true but the answer says false");
      else if (holds !== "true" && question.answer === "true") fail(`the statement is ${holds} but the answer says true`);
      else if (holds === "unsaid" && !wrongIsAllowed(question, holds))
        fail("keyed false only because the articles are silent: say what the articles name, or do not ask it");
      for (const problem of hedgeRule(question, holds)) fail(problem);
      break;
    }
    case "numeric": {
      const fact = kb.factsById.get(args.fact ?? "");
      if (fact?.type !== "number" || fact.value !== question.answer.value) fail("the value is not the fact's value");
      if (question.answer.tolerance < 0 || question.answer.tolerance >= question.answer.value)
        fail("the tolerance is out of range");
      break;
    }
    case "matching": {
      if (!binary) return [...problems, `${question.id}: unknown relation ${relation}`];
      const left = question.options.filter((option) => option.side === "left");
      const right = question.options.filter((option) => option.side === "right");
      if (left.length !== right.length || left.length < 3) fail("needs as many left as right items, three or more");
      if (question.answer.length !== left.length) fail("does not pair every item");
      const paired = new Set(question.answer.map(([l, r]) => `${l}=${r}`));
      for (const l of left) {
        for (const r of right) {
          const holds = binary(kb, l.subject, r.subject);
          const isPair = paired.has(`${l.id}=${r.id}`);
          if (isPair && holds !== "true") fail(`pair ${l.text.de} – ${r.text.de} is ${holds}`);
          if (!isPair && !wrongIsAllowed(question, holds))
            fail(`${l.text.de} – ${r.text.de} is ${holds}, so the matching is ambiguous`);
        }
      }
      break;
    }
    case "ordering": {
      if (question.answer.length !== question.options.length || question.options.length < 3)
        fail("must order all of three or more items");
      for (let i = 0; i + 1 < question.answer.length; i++) {
        const before = subjectOf(question.answer[i]!);
        const after = subjectOf(question.answer[i + 1]!);
        if (!before || !after) fail("orders an unknown item");
        else if (happenedBefore(kb, before, after) !== "true") fail(`${before} is not certainly before ${after}`);
      }
      break;
    }
    case "map": {
      if (!unary) return [...problems, `${question.id}: unknown relation ${relation}`];
      const codes = mapCountryCodes();
      if (!codes.has(question.answer)) fail(`${question.answer} is not on the map`);
      if (unary(kb, args, question.answer) !== "true") fail(`${question.answer} is not the right country by the facts`);
      for (const code of codes) {
        if (code !== question.answer && !wrongIsAllowed(question, unary(kb, args, code)))
          fail(`${code} on the map would also be right`);
      }
      break;
    }
  }
  for (const problem of contentRules(kb, question)) fail(problem);
  return problems;
}

export function validateQuestions(kb: TKnowledgeBase, questions: TQuestion[]): string[] {
  const problems = [...questions.flatMap((question) => validateQuestion(kb, question)), ...setRules(kb, questions)];
  const prompts = new Map<string, string>();
  for (const question of questions) {
    if (question.kind === "ordering" || question.kind === "matching") continue;
    const shown = `${question.kind}\n${question.prompt.de}\n${question.options.map((option) => option.id).join(",")}`;
    const twin = prompts.get(shown);
    if (twin) problems.push(`${question.id}: asks the same as ${twin}: "${question.prompt.de}"`);
    prompts.set(shown, question.id);
  }
  const seen = new Map<string, TQuestion>();
  for (const question of questions) {
    const twin = seen.get(question.id);
    if (twin)
      problems.push(`${question.id}: duplicate question id (facts ${twin.factIds.join(" ")} and ${question.factIds.join(" ")})`);
    seen.set(question.id, question);
  }
  return problems;
}
