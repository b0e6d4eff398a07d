// The review page's session: a cookie holding an expiry and an HMAC of it keyed by the admin secret, so the
// server keeps no session table, a changed secret ends every session, and a cookie cannot be forged or extended.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export const REVIEW_COOKIE = "quiz_review";
export const REVIEW_SESSION_SECONDS = 12 * 60 * 60;

const mac = (secret: string, expires: number) => createHmac("sha256", secret).update(`review:${expires}`).digest("base64url");

/** Equal strings in constant time (both hashed first, so neither length nor content shows in the timing). */
export function sameSecret(given: string, secret: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

export function reviewToken(secret: string, now: number = Date.now()): string {
  const expires = now + REVIEW_SESSION_SECONDS * 1000;
  return `${expires}.${mac(secret, expires)}`;
}

export function isReviewToken(token: string | undefined, secret: string, now: number = Date.now()): boolean {
  const [expiresText, given] = token?.split(".") ?? [];
  const expires = Number(expiresText);
  if (!given || !Number.isSafeInteger(expires) || expires <= now) return false;
  return sameSecret(given, mac(secret, expires));
}
