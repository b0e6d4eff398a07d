// Keyboard answers shared by the quiz runner and learn mode: number keys pick choice options.
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TPlayableQuestion } from "@/questions/present";

/** Typing in a field: keys belong to the field, not to shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")
  );
}

/** Something is chosen that can be confirmed. */
export function hasAnswer(value: TAnswerValue | null): boolean {
  return value !== null && !(Array.isArray(value) && value.length === 0);
}

/**
 * The answer after pressing `key` on a choice question: 1–9 choose an option (toggle it in multiple select).
 * Undefined when the key chooses nothing.
 */
export function answerForNumberKey(
  question: TPlayableQuestion,
  value: TAnswerValue | null,
  key: string,
): TAnswerValue | undefined {
  if (!/^[1-9]$/.test(key) || !["single", "multi", "truefalse"].includes(question.kind)) return undefined;
  const option = question.options[Number(key) - 1];
  if (!option) return undefined;
  if (question.kind !== "multi") return option.id;
  const current = new Set((value as string[] | null) ?? []);
  if (current.has(option.id)) current.delete(option.id);
  else current.add(option.id);
  return [...current];
}
