// Wrong passwords slow the next try down, growing with each one, and never lock anyone out: a classmate who
// types wrong passwords at the teacher's name delays the teacher's next sign-in by at most a minute, and one
// right password ends the delay for that account.

/** Tries that cost nothing: typos happen. */
export const FREE_FAILURES = { account: 3, address: 10 } as const;
export const MAX_DELAY_SECONDS = 60;
/** Failures are forgotten after this long without a new one. */
export const FORGET_AFTER_MS = 15 * 60 * 1000;

/** Seconds to wait after the last failure before the next try, for this many failures in a row. */
export function delaySeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - free));
}

export type TFailures = { count: number; lastAt: number };

/** Milliseconds still to wait before `now`, or 0. */
export function waitMs(failures: TFailures | undefined, free: number, now: number): number {
  if (!failures || now - failures.lastAt > FORGET_AFTER_MS) return 0;
  return Math.max(0, failures.lastAt + delaySeconds(failures.count, free) * 1000 - now);
}
