import { ConfigError } from "./errors";
import path from "node:path";

/** Where the data lives, decided once from `DATABASE_URL`. */
export type TDatabaseTarget = { provider: "sqlite"; url: string; file: string } | { provider: "postgresql"; url: string };

export const DEFAULT_SQLITE_FILE = "data/app.db";

const EXPECTED =
  "expected postgresql://user[:password]@host[:port]/database or file:<path to a SQLite file>, or unset for ./" +
  DEFAULT_SQLITE_FILE;

/** Hides a password before a URL is shown in an error message. */
export function redactUrl(raw: string): string {
  return raw.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}

/**
 * Reads `DATABASE_URL`: unset or empty means the embedded SQLite file, `file:` a SQLite file elsewhere,
 * `postgres://` or `postgresql://` a PostgreSQL server. Anything else is a ConfigError naming the variable.
 */
export function resolveDatabaseTarget(raw: string | undefined, cwd: string = process.cwd()): TDatabaseTarget {
  const value = raw?.trim();
  if (!value) {
    const file = path.resolve(cwd, DEFAULT_SQLITE_FILE);
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  if (value.startsWith("file:")) {
    const rest =
      value
        .slice("file:".length)
        .replace(/^\/\/(?=\/)/, "")
        .split("?")[0] ?? "";
    if (rest === "" || rest.endsWith("/")) {
      throw new ConfigError(`DATABASE_URL: "${value}" names no file; ${EXPECTED}.`);
    }
    const file = path.resolve(cwd, rest);
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === "postgres" || scheme === "postgresql") {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new ConfigError(`DATABASE_URL: "${redactUrl(value)}" is not a valid URL; ${EXPECTED}.`);
    }
    if (!parsed.hostname) {
      throw new ConfigError(`DATABASE_URL: "${redactUrl(value)}" has no host; ${EXPECTED}.`);
    }
    if (parsed.port && !/^\d+$/.test(parsed.port)) {
      throw new ConfigError(`DATABASE_URL: port "${parsed.port}" is not a number; ${EXPECTED}.`);
    }
    if (parsed.pathname.replace(/^\//, "") === "") {
      throw new ConfigError(`DATABASE_URL: "${redactUrl(value)}" names no database; ${EXPECTED}.`);
    }
    return { provider: "postgresql", url: value };
  }
  const shown = scheme ? `scheme "${scheme}:" is not supported` : `"${redactUrl(value)}" is not a URL`;
  throw new ConfigError(`DATABASE_URL: ${shown}; ${EXPECTED}.`);
}
