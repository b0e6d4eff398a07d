// Rate limits per player and per address on the endpoints that write scores (rate-limiter-flexible, in memory:
// each instance counts its own requests). Over the limit: 429 with Retry-After.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { appConfig } from "@/lib/platform/config/app";
import { apiError } from "./errors";

type TLimiters = { perPlayer: RateLimiterMemory; perAddress: RateLimiterMemory };

const globalForLimits = globalThis as typeof globalThis & { __quizLimiters?: Map<string, TLimiters> };

export type TLimitName =
  | "answer"
  | "next"
  | "liveAnswer"
  | "attempt"
  | "identity"
  | "post"
  | "join"
  | "lookup"
  | "classJoin"
  | "recover"
  | "write"
  | "learn"
  | "report"
  | "reviewSignIn"
  | "teacherSignUp"
  | "handover";

/**
 * Points per window in seconds. A request of a known player is counted against that player only: a school sits
 * behind one NAT address, so one student's flood must not stop the class. Anonymous requests (a PIN guessed, a
 * code tried, a new identity made) are counted per address, generously enough for a school of 2,000.
 */
const LIMITS: Record<TLimitName, { player: [number, number]; address: [number, number]; alwaysAddress?: true }> = {
  answer: { player: [25, 10], address: [3000, 10] },
  // Showing the next question comes with every answer: the same allowance, its own bucket.
  next: { player: [25, 10], address: [3000, 10] },
  // Live answers have their own bucket: a self-study flood of one player cannot touch their live game.
  liveAnswer: { player: [20, 10], address: [6000, 10] },
  attempt: { player: [20, 60], address: [600, 60] },
  // New players (a cookie each) per address: a school's students, not a bot's thousands a minute.
  identity: { player: [5, 60], address: [2000, 600] },
  // Scores posted to the boards: per player, and per address whoever posts (a bot makes fresh players): a school
  // posts a few thousand an hour.
  post: { player: [30, 60], address: [3000, 3600], alwaysAddress: true },
  join: { player: [20, 60], address: [3000, 60] },
  // A game's PIN checked before joining: a school assembly behind one address looks up once per student.
  lookup: { player: [20, 60], address: [6000, 60] },
  classJoin: { player: [20, 60], address: [3000, 60] },
  recover: { player: [10, 60], address: [300, 600] },
  write: { player: [30, 60], address: [600, 60] },
  // Backs of learn cards, read as a class studies: one per answer or turned card.
  learn: { player: [120, 60], address: [6000, 60] },
  // Reports on questions ("Frage melden"): plenty for a student who finds several faults, not for a flood.
  report: { player: [10, 600], address: [300, 600] },
  // Wrong admin secrets per address (only failures count): guessing a 16-character secret at 10 per 10 minutes.
  reviewSignIn: { player: [10, 600], address: [10, 600] },
  // New teacher accounts per address: a staff room signs up together, a bot making accounts does not get far.
  teacherSignUp: { player: [20, 3600], address: [20, 3600] },
  // Wrong handover codes per address (only failures count): an 8-character code guessed at 20 per 10 minutes.
  handover: { player: [20, 600], address: [20, 600] },
};

function limiters(name: TLimitName): TLimiters {
  globalForLimits.__quizLimiters ??= new Map();
  let found = globalForLimits.__quizLimiters.get(name);
  if (!found) {
    const config = LIMITS[name];
    const scale = appConfig().rateLimitScale;
    found = {
      perPlayer: new RateLimiterMemory({
        keyPrefix: `${name}:p`,
        points: Math.ceil(config.player[0] * scale),
        duration: config.player[1],
      }),
      perAddress: new RateLimiterMemory({
        keyPrefix: `${name}:a`,
        points: Math.ceil(config.address[0] * scale),
        duration: config.address[1],
      }),
    };
    globalForLimits.__quizLimiters.set(name, found);
  }
  return found;
}

/**
 * A refusal of the limiter. Not `instanceof RateLimiterRes`: Next.js's server bundle and the HTTP server's fast
 * path each load their own copy of rate-limiter-flexible and share the limiters (on globalThis), so a limiter made
 * by one copy refuses with the other copy's class. That refusal was rethrown and became a 500 for a student who
 * answered quickly, instead of the 429 the quiz page waits out.
 */
function isRefusal(value: unknown): value is RateLimiterRes {
  const refusal = value as Partial<RateLimiterRes> | null;
  return typeof refusal?.msBeforeNext === "number" && typeof refusal.remainingPoints === "number";
}

function tooMany(rejection: RateLimiterRes): Response {
  const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  return apiError(429, "rate_limited", `too many requests; try again in ${seconds} s`, undefined, {
    "Retry-After": String(seconds),
  });
}

/**
 * undefined when the request may go on, else the 429 response to send. A known player is counted alone (and
 * against the address too where the limit says `alwaysAddress`); a request without one against its address.
 */
export async function rateLimit(name: TLimitName, keys: { player?: string; address: string }): Promise<Response | undefined> {
  const { perPlayer, perAddress } = limiters(name);
  try {
    if (keys.player) await perPlayer.consume(keys.player);
    if (!keys.player || LIMITS[name].alwaysAddress) await perAddress.consume(keys.address);
    return undefined;
  } catch (rejection) {
    if (!isRefusal(rejection)) throw rejection;
    return tooMany(rejection);
  }
}

/**
 * For guesses (a PIN, a class code, a recovery code): refused while the address has used up its failures, and
 * only a failure counts (`failed` is called when the guess was wrong), so right answers never lock a class out.
 */
export async function guessLimit(
  name: TLimitName,
  address: string,
): Promise<{ refused: Response } | { refused: undefined; failed: () => Promise<void> }> {
  const { perAddress } = limiters(name);
  const used = await perAddress.get(address);
  if (used && used.remainingPoints <= 0) return { refused: tooMany(used) };
  return {
    refused: undefined,
    failed: async () => {
      await perAddress.penalty(address, 1);
    },
  };
}

export const CLIENT_IP_HEADER = "x-quiz-client-ip";

/** The address the HTTP server saw (set by lib/platform/server/http-server.ts, never taken from the client). */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
