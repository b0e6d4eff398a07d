// Number facts: estimate the number (scored by closeness), and true/false with the right number and with a
// believable near miss. A hedged lower bound ("mehr als 30.000") is graded as one: any value from the bound up
// to a rounding's worth above it is right, anything below it is not.
import { factsOfType, type TKnowledgeBase, type TNumberFact } from "@/questions/kb";
import type { TTheme } from "@/questions/schema";
import { both, fill, formatQuantity } from "@/questions/text";
import { check, TRUE_FALSE_OPTIONS, type TDraft } from "./builder";
import { contextSentence } from "./context";

/**
 * How far off an estimate may be and still count as right; for a lower bound ("more than"), how far above it
 * an answer is still right (it is never right below the bound). A bound is asked as the bound the source names,
 * so only a rounding's worth above it counts by default: a generous ceiling would reward inflating a figure that
 * is already a high estimate. A fact whose question asks for the real quantity sets its own tolerance.
 */
export function defaultTolerance(fact: Pick<TNumberFact, "value" | "unit" | "tolerance" | "qualifier">): number {
  if (fact.tolerance !== undefined) return fact.tolerance;
  if (fact.qualifier === "more-than") return Math.round(fact.value * 0.05);
  if (fact.unit.de === "%") return 5;
  if (fact.value <= 20) return 0;
  return Math.round(fact.value * 0.1);
}

export function numberClaim(fact: TNumberFact, value: number) {
  return both((lang) => fill(fact.claim[lang], { value: formatQuantity(value, fact.unit, fact.qualifier, lang) }));
}

/** Two significant digits: 6115 → 6100. */
function roundish(value: number): number {
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / scale) * scale;
}

/** A believable wrong value: off by a fifth (or 20 points, or one), never by an absurd factor. */
export function nearMiss(fact: TNumberFact): number {
  if (fact.unit.de === "%") return fact.value >= 50 ? fact.value - 20 : fact.value + 20;
  if (fact.value <= 20) return fact.value - 1;
  return roundish(fact.value * 0.8);
}

export function numberQuestions(kb: TKnowledgeBase): TDraft[] {
  const drafts: TDraft[] = [];
  for (const fact of factsOfType(kb, "number").sort((a, b) => a.id.localeCompare(b.id))) {
    const themes: TTheme[] = ["numbers", ...(fact.themes ?? [])];
    const countries = fact.country ? [fact.country] : [];
    const context = contextSentence(kb, fact);
    const range = defaultTolerance(fact);
    const bound = both((lang) =>
      fact.qualifier === "more-than"
        ? lang === "de"
          ? `Das ist eine Untergrenze: Jede Antwort von ${formatQuantity(fact.value, fact.unit, "exact", lang)} bis ${formatQuantity(fact.value + range, fact.unit, "exact", lang)} gilt als richtig.`
          : `That is a lower bound: any answer from ${formatQuantity(fact.value, fact.unit, "exact", lang)} to ${formatQuantity(fact.value + range, fact.unit, "exact", lang)} counts as right.`
        : "",
    );
    const explanation = both((lang) =>
      `${numberClaim(fact, fact.value)[lang]} ${bound[lang]} ${context[lang]}`.replace(/\s+/g, " ").trim(),
    );
    drafts.push({
      kind: "numeric",
      key: "number-estimate",
      difficulty: 3,
      prompt: fact.ask,
      options: [],
      answer: { value: fact.value, tolerance: defaultTolerance(fact), unit: fact.unit, qualifier: fact.qualifier },
      explanation,
      facts: [fact],
      themes,
      countries,
      check: check("number-is", { fact: fact.id }),
    });
    if (fact.qualifier !== "exact" || !fact.claim.de.includes("{value}")) continue;
    for (const shown of [fact.value, nearMiss(fact)]) {
      const truthful = shown === fact.value;
      drafts.push({
        kind: "truefalse",
        key: truthful ? "number-tf" : "number-tf-near-miss",
        difficulty: 2,
        prompt: numberClaim(fact, shown),
        options: TRUE_FALSE_OPTIONS,
        answer: truthful ? "true" : "false",
        explanation: both((lang) =>
          truthful
            ? `${lang === "de" ? "Richtig" : "True"}: ${explanation[lang]}`
            : `${lang === "de" ? "Falsch" : "False"}: ${explanation[lang]}`,
        ),
        facts: [fact],
        themes,
        countries,
        check: check("number-is", { fact: fact.id }, String(shown)),
      });
    }
  }
  return drafts;
}
