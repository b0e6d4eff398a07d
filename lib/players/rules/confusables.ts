// Names that look alike on a projector. Letters of other scripts that imitate Latin ones ("Аdmin" with a
// Cyrillic А), fullwidth and mathematical letters, invisible characters and stacked accents got names past the
// staff and offensive filters and let a second "Anna" into a game. Folding follows Unicode UTS #39: NFKC for
// compatibility forms, then the "skeleton" from Unicode's confusables.txt (the unhomoglyph package carries that
// table).
import unhomoglyph from "unhomoglyph";

/** Characters that show nothing: zero-width spaces and joiners, Hangul fillers, variation selectors, … */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
/** Three or more accents on one letter (after NFC, a real name needs two at most): "Zalgo" text. */
const STACKED_MARKS = /\p{Mn}{3,}/u;
const VISIBLE = /[\p{L}\p{N}]/u;

/** Compatibility forms folded into plain ones: Ａｄｍｉｎ and 𝐀𝐝𝐦𝐢𝐧 become Admin. */
export const foldCompatibility = (text: string): string => text.normalize("NFKC");

/** Whether a name shows as it is: nothing invisible, no stacked accents, at least one letter or digit. */
export function isPlainlyVisible(text: string): boolean {
  return !INVISIBLE.test(text) && !STACKED_MARKS.test(text) && VISIBLE.test(text);
}

/** The UTS #39 skeleton: two strings with the same skeleton look alike (note that it maps "m" to "rn"). */
export function skeleton(text: string): string {
  return unhomoglyph(text.normalize("NFD")).normalize("NFD");
}

/**
 * Skeletons of the upper- and the lower-cased text: Greek capitals imitate Latin ones (ΑΝΝΑ), their small
 * letters do not (αννα); Cyrillic small letters imitate Latin ones too (аnna).
 */
export function lookalikeKeys(text: string): [upper: string, lower: string] {
  return [skeleton(text.toLocaleUpperCase("de")), skeleton(text.toLocaleLowerCase("de"))];
}

/**
 * Letters of other scripts replaced by the Latin ones they imitate; Latin letters, digits and accents stay as
 * they are, so that a word list written in Latin letters (the profanity filter's) still matches.
 */
export function latinLookalikes(text: string): string {
  return [...text].map((char) => (/[\p{Script=Latin}\p{M}\p{N}\p{P}\s]/u.test(char) ? char : unhomoglyph(char))).join("");
}
