// Marks on source quotes, for display only: the quotes stay word for word as in the articles (the fact base
// checks them against the files), but a reader should not take the articles' own typos for the app's.

/** Words the articles misspell, as they appear in the quotes (the right spelling in the comment). */
const MISSPELLED = [
  "Inbrahim", // Ibrahim (Traoré)
  "begutachte", // begutachtete
];

/** "(im Bild)": the article refers to its picture, which the app does not show. */
export const PICTURE = /\(im Bild\)/;

const PATTERN = new RegExp(`\\b(${MISSPELLED.join("|")})\\b`, "g");

/** A quote split into plain text and the misspelled words to mark with [sic]. */
export function quoteParts(quote: string): Array<string | { sic: string }> {
  const parts: Array<string | { sic: string }> = [];
  let last = 0;
  for (const match of quote.matchAll(PATTERN)) {
    if (match.index > last) parts.push(quote.slice(last, match.index));
    parts.push({ sic: match[0] });
    last = match.index + match[0].length;
  }
  if (last < quote.length) parts.push(quote.slice(last));
  return parts;
}
