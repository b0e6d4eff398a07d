// Grading a typed answer (write mode, as Quizlet's Write): case, accents, hyphens and small typos do not matter,
// but the answer must be nearer the right one than any other candidate, so a typo never turns one name into
// another. Edit distance from fastest-levenshtein (a small, well-kept implementation; no reason to write our own).
import { distance } from "fastest-levenshtein";

/** Lower case, without accents, ß as ss, only letters, digits and single spaces. */
export function normalizeTyped(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** How many typos a name of this length may have: none in a short one, one in a word, two in a long name. */
export function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

/** The smallest distance from the typed text to any of the spellings. */
const nearest = (typed: string, spellings: readonly string[]) =>
  Math.min(...spellings.map((spelling) => distance(typed, normalizeTyped(spelling))));

/**
 * Right when the typed text is within the allowed typos of one of the right spellings and strictly nearer to
 * them than to the spellings of every other candidate (the question's other options, or the other countries).
 */
export function gradeTyped(typed: string, right: readonly string[], others: ReadonlyArray<readonly string[]>): boolean {
  const text = normalizeTyped(typed);
  if (!text || !right.length) return false;
  const best = nearest(text, right);
  if (best > allowedTypos(text.length)) return false;
  return others.every((spellings) => !spellings.length || nearest(text, spellings) > best);
}
