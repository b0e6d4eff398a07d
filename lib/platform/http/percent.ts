// Percent-encoding in a request's path that cannot be decoded: `%ZZ`, a lone `%`, bytes that are not UTF-8.
// Next.js decodes a dynamic segment with decodeURIComponent, which throws on these; the request then ended in a
// plain-text 500 with nothing in the log, on every dynamic route and page.

/** The path of a request target (before `?`), or the whole target when it has no query. */
const pathOf = (target: string): string => target.split("?", 1)[0] ?? "";

export function hasMalformedPercent(target: string): boolean {
  try {
    decodeURIComponent(pathOf(target));
    return false;
  } catch {
    return true;
  }
}
