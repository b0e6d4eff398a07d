// Number facts: estimate the number (scored by closeness), and true/false with the number changed.
import { factsOfType, type TKnowledgeBase, type TNumberFact } from "@/questions/kb";
import type { TTheme } from "@/questions/schema";
import { both, fill, formatQuantity } from "@/questions/text";
import { check, stableFlip, TRUE_FALSE_OPTIONS, type TDraft } from "./builder";

/** How far off an estimate may be and still count as right. */
export function defaultTolerance(fact: Pick<TNumberFact, "value" | "unit" | "tolerance">): number {
  if (fact.tolerance !== undefined) return fact.tolerance;
  if (fact.unit.de === "%") return 5;
  if (fact.value <= 20) return 0;
  return Math.round(fact.value * 0.1);
}

export function numberClaim(fact: TNumberFact, value: number) {
  return both((lang) => fill(fact.claim[lang], { value: formatQuantity(value, fact.unit, fact.qualifier, lang) }));
}

/** A clearly different value for a false statement: double, or half for percentages that would pass 100. */
function wrongValue(fact: TNumberFact): number {
  if (fact.unit.de === "%") return fact.value > 50 ? Math.round(fact.value / 2) : fact.value * 2;
  return fact.value * 2;
}

export function numberQuestions(kb: TKnowledgeBase): TDraft[] {
  const drafts: TDraft[] = [];
  for (const fact of factsOfType(kb, "number").sort((a, b) => a.id.localeCompare(b.id))) {
    const themes: TTheme[] = ["numbers", ...(fact.themes ?? [])];
    const countries = fact.country ? [fact.country] : [];
    const explanation = numberClaim(fact, fact.value);
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
    const truthful = stableFlip(`number-tf:${fact.id}`);
    const shown = truthful ? fact.value : wrongValue(fact);
    drafts.push({
      kind: "truefalse",
      key: "number-tf",
      difficulty: 2,
      prompt: numberClaim(fact, shown),
      options: TRUE_FALSE_OPTIONS,
      answer: truthful ? "true" : "false",
      explanation,
      facts: [fact],
      themes,
      countries,
      check: check("number-is", { fact: fact.id }, String(shown)),
    });
  }
  return drafts;
}
