// Which requests the service worker keeps for offline use. Pure, so the rules are tested without a browser.
//
// Kept: the self-study pages (home, a set, its learn and flashcards pages, review, progress) as last loaded,
// the world map, and the card backs (`/api/learn/facts/<id>`) the learner has already read: a back is the
// answer to its card, so it is cached when the learner turns or answers that card, never ahead of it.
// Never kept: every other API (quizzes are graded on the server), live games, classes, the profile.

/** Pages a learner studies alone; served from the cache when there is no connection. */
const STUDY_PAGES = [/^\/$/, /^\/learn$/, /^\/progress$/, /^\/sets\/[^/]+$/, /^\/sets\/[^/]+\/(learn|flashcards)$/];

export function isStudyPage(pathname: string): boolean {
  return STUDY_PAGES.some((pattern) => pattern.test(pathname));
}

/** A card back the learner read (with or without `?question=`). */
export function isCardBack(pathname: string): boolean {
  return /^\/api\/learn\/facts\/[^/]+$/.test(pathname);
}

export function isWorldMap(pathname: string): boolean {
  return pathname === "/api/map";
}

/** The page shown for a page that was never opened while online. */
export const OFFLINE_PAGE = "/offline";

/**
 * Of the URLs a page has already loaded (before the service worker controlled it), those the worker should
 * cache now, so the first visit works offline too: the page itself, the map, the backs already read.
 */
export function urlsToKeep(pageUrl: string, loaded: readonly string[]): string[] {
  const origin = new URL(pageUrl).origin;
  const kept = new Set<string>();
  for (const url of [pageUrl, ...loaded]) {
    const parsed = new URL(url, origin);
    if (parsed.origin !== origin) continue;
    const path = parsed.pathname;
    if ((url === pageUrl && isStudyPage(path)) || isCardBack(path) || isWorldMap(path)) {
      kept.add(parsed.pathname + parsed.search);
    }
  }
  return [...kept];
}
