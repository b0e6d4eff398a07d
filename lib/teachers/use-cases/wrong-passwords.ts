// Counts wrong passwords (and wrong recovery codes) per account and per address, in this instance's memory, and
// says how long the next try has to wait (lib/teachers/rules/wrong-password-delay.ts).
import { FORGET_AFTER_MS, FREE_FAILURES, waitMs, type TFailures } from "@/lib/teachers/rules/wrong-password-delay";
import { apiError } from "@/lib/platform/http/errors";

const globalForFailures = globalThis as typeof globalThis & { __quizWrongPasswords?: Map<string, TFailures> };
const failures = (globalForFailures.__quizWrongPasswords ??= new Map());

/** A 429 saying how long to wait, when the account or the address has to wait; else undefined. */
export function mustWait(accountKey: string, address: string, now = Date.now()): Response | undefined {
  const wait = Math.max(
    waitMs(failures.get(`account:${accountKey}`), FREE_FAILURES.account, now),
    waitMs(failures.get(`address:${address}`), FREE_FAILURES.address, now),
  );
  if (wait <= 0) return undefined;
  const seconds = Math.ceil(wait / 1000);
  return apiError(429, "wait_after_wrong_password", `too many wrong tries: wait ${seconds} s and try again`, undefined, {
    "Retry-After": String(seconds),
  });
}

export function countFailure(accountKey: string, address: string, now = Date.now()): void {
  for (const key of [`account:${accountKey}`, `address:${address}`]) {
    const before = failures.get(key);
    const fresh = !before || now - before.lastAt > FORGET_AFTER_MS;
    failures.set(key, { count: fresh ? 1 : before.count + 1, lastAt: now });
  }
  if (failures.size > 50_000) forgetOld(now);
}

/** A right password: the account's failures are forgotten (the address's stay: it may be guessing others). */
export function countSuccess(accountKey: string): void {
  failures.delete(`account:${accountKey}`);
}

function forgetOld(now: number): void {
  for (const [key, entry] of failures) if (now - entry.lastAt > FORGET_AFTER_MS) failures.delete(key);
}
