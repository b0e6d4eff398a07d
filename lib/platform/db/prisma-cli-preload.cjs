// Preloaded into the Prisma CLI process only (see prisma-cli.ts). Prisma's schema engine guards its PostgreSQL
// advisory lock with a 10-second timeout that it never clears, so every `migrate deploy` lingered 10 s after
// finishing. Long timers are unref'd: they still fire while the CLI is busy, but no longer keep it alive.
"use strict";
const LONG_TIMER_MS = 10_000;
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, delay, ...args) {
  const timer = originalSetTimeout(callback, delay, ...args);
  if (Number(delay) >= LONG_TIMER_MS && typeof timer?.unref === "function") timer.unref();
  return timer;
};
