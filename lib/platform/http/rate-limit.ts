// Rate limits per player and per address on the endpoints that write scores (rate-limiter-flexible, in memory:
// each instance counts its own requests). Over the limit: 429 with Retry-After.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { appConfig } from "@/lib/platform/config/app";
import { apiError } from "./errors";

type TLimiters = { perPlayer: RateLimiterMemory; perAddress: RateLimiterMemory };

const globalForLimits = globalThis as typeof globalThis & { __quizLimiters?: Map<string, TLimiters> };

export type TLimitName = "answer" | "attempt" | "join" | "lookup" | "write";

// Points per second window. Answers come fast in a live game; a class behind one address (school NAT) is many players.
const LIMITS: Record<TLimitName, { player: [number, number]; address: [number, number] }> = {
  answer: { player: [25, 10], address: [3000, 10] },
  attempt: { player: [20, 60], address: [600, 60] },
  join: { player: [20, 60], address: [3000, 60] },
  // A game's PIN checked before joining: a school assembly behind one address looks up once per student.
  lookup: { player: [20, 60], address: [6000, 60] },
  write: { player: [30, 60], address: [600, 60] },
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

/** undefined when the request may go on, else the 429 response to send. */
export async function rateLimit(name: TLimitName, keys: { player?: string; address: string }): Promise<Response | undefined> {
  const { perPlayer, perAddress } = limiters(name);
  try {
    await perAddress.consume(keys.address);
    if (keys.player) await perPlayer.consume(keys.player);
    return undefined;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    return apiError(429, "rate_limited", `too many requests; try again in ${seconds} s`, undefined, {
      "Retry-After": String(seconds),
    });
  }
}

export const CLIENT_IP_HEADER = "x-quiz-client-ip";

/** The address the HTTP server saw (set by lib/platform/server/http-server.ts, never taken from the client). */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
