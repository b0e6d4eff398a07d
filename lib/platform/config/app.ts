// Every setting the app reads from its environment beside DATABASE_URL, PORT and HOST (database.ts, server.ts),
// validated in one place: a wrong value stops the start with one line naming the variable (scripts/start.ts
// checks them all before anything is created), and code reads settings from here, never from process.env.
// No Node.js imports: the calendar functions that the browser shares read the time zone through it.
import { ConfigError } from "./errors";

export type TAppConfig = {
  /** The address students use to join live games; null: derived from the teacher's request. */
  publicUrl: string | null;
  /** Cookies marked Secure: always, never, or when the request came over HTTPS ("auto", the default). */
  cookieSecure: "always" | "never" | "auto";
  /** Behind a reverse proxy: the first X-Forwarded-For address is the client's. */
  trustProxy: boolean;
  /** Multiplies every rate limit (tests and load runs raise them). */
  rateLimitScale: number;
  /** The school's time zone: when "today" and "this week" begin on the boards and the daily challenge. */
  timeZone: string;
  /** How long a client may take to send a request's headers and body (lib/platform/server/timeouts.ts). */
  requestTimeoutSeconds: number;
  /** The secret that opens the review page (/review); null: the review page is off. */
  adminSecret: string | null;
  /** Joins (PIN look-ups included) in progress at once; one more is told to come back shortly (503, Retry-After). */
  joinQueueLimit: number;
};

export const DEFAULT_TIME_ZONE = "Europe/Berlin";
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;
/** About a second of joins at the rate one instance writes them: a longer queue only makes everyone wait longer. */
export const DEFAULT_JOIN_QUEUE_LIMIT = 200;
/** Long enough that guessing it through the review page's rate limit is hopeless. */
export const MIN_ADMIN_SECRET_LENGTH = 16;

type TEnv = Record<string, string | undefined>;

function flag(env: TEnv, name: string): boolean | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (value === "1" || value === "true") return true;
  if (value === "0" || value === "false") return false;
  throw new ConfigError(`${name}: expected 1 or 0, got "${value}".`);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads and checks the settings; a value that cannot be used is a ConfigError naming the variable. */
export function resolveAppConfig(env: TEnv): TAppConfig {
  let publicUrl: string | null = null;
  const rawUrl = env.PUBLIC_URL?.trim();
  if (rawUrl) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(rawUrl);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || !parsed.hostname) {
      throw new ConfigError(
        `PUBLIC_URL: expected an http:// or https:// address such as https://quiz.school.example, got "${rawUrl}".`,
      );
    }
    publicUrl = rawUrl.replace(/\/+$/, "");
  }

  const secure = flag(env, "COOKIE_SECURE");
  const rawScale = env.RATE_LIMIT_SCALE?.trim();
  const rateLimitScale = rawScale ? Number(rawScale) : 1;
  if (!Number.isFinite(rateLimitScale) || rateLimitScale <= 0) {
    throw new ConfigError(`RATE_LIMIT_SCALE: expected a number above 0 such as 1 or 10, got "${rawScale}".`);
  }
  const timeZone = env.APP_TIME_ZONE?.trim() || DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    throw new ConfigError(`APP_TIME_ZONE: expected an IANA time zone such as Europe/Berlin, got "${timeZone}".`);
  }
  const rawTimeout = env.REQUEST_TIMEOUT_SECONDS?.trim();
  if (rawTimeout && (!/^\d+$/.test(rawTimeout) || Number(rawTimeout) < 1)) {
    throw new ConfigError(`REQUEST_TIMEOUT_SECONDS: expected a whole number of seconds, 1 or more, got "${rawTimeout}".`);
  }
  const rawJoinLimit = env.JOIN_QUEUE_LIMIT?.trim();
  if (rawJoinLimit && !/^\d+$/.test(rawJoinLimit)) {
    throw new ConfigError(`JOIN_QUEUE_LIMIT: expected a whole number such as 200, got "${rawJoinLimit}".`);
  }
  const adminSecret = env.ADMIN_SECRET?.trim() || null;
  if (adminSecret && adminSecret.length < MIN_ADMIN_SECRET_LENGTH) {
    throw new ConfigError(
      `ADMIN_SECRET: expected at least ${MIN_ADMIN_SECRET_LENGTH} characters (e.g. from \`openssl rand -base64 24\`), got ${adminSecret.length}.`,
    );
  }
  return {
    adminSecret,
    requestTimeoutSeconds: Number(rawTimeout || DEFAULT_REQUEST_TIMEOUT_SECONDS),
    joinQueueLimit: Number(rawJoinLimit || DEFAULT_JOIN_QUEUE_LIMIT),
    publicUrl,
    cookieSecure: secure === undefined ? "auto" : secure ? "always" : "never",
    trustProxy: flag(env, "TRUST_PROXY") ?? false,
    rateLimitScale,
    timeZone,
  };
}

let cached: TAppConfig | undefined;

/** The settings of this process (checked at start; in the browser, where no settings reach, the defaults). */
export function appConfig(): TAppConfig {
  return (cached ??= resolveAppConfig(typeof process === "undefined" ? {} : process.env));
}
