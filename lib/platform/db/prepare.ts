// Brings the database named by DATABASE_URL to the current schema before the app serves: creates the SQLite file
// (and its folder) or checks that PostgreSQL answers, then applies the committed migrations.
import Database from "better-sqlite3";
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { redactUrl, type TDatabaseTarget } from "@/lib/platform/config/database";
import { prismaErrorLine, runPrismaCli } from "./prisma-cli";

/** A problem the operator must fix; its message is one line that says what and where. */
export class DatabaseSetupError extends Error {
  override name = "DatabaseSetupError";
}

// Any fixed number works; all app instances must agree on it.
const MIGRATION_LOCK_KEY = 727_073_690;

export type TMigrationReport = { applied: string[] };

/** `fill`: the rest of the setup (loading the question bank); a new SQLite file is removed when it fails too. */
export async function prepareDatabase(
  target: TDatabaseTarget,
  cwd: string = process.cwd(),
  fill: () => Promise<void> = async () => undefined,
): Promise<TMigrationReport> {
  if (target.provider === "sqlite") return prepareSqlite(target, cwd, fill);
  const report = await preparePostgres(target, cwd);
  await fill();
  return report;
}

async function prepareSqlite(target: Extract<TDatabaseTarget, { provider: "sqlite" }>, cwd: string, fill: () => Promise<void>) {
  const dir = path.dirname(target.file);
  const createdDirs = ensureWritableDir(dir);
  const isNew = !existsSync(target.file);
  try {
    const report = await withSqliteMigrationLock(target.file, () =>
      deployMigrations(target, cwd, () => appliedSqliteMigrations(target.file)),
    );
    await fill();
    return report;
  } catch (error) {
    // A database this run created but could not finish is removed, so no half-made file is left behind.
    if (isNew) {
      for (const suffix of ["", "-wal", "-shm", "-journal", LOCK_SUFFIX, `${LOCK_SUFFIX}-journal`])
        rmSync(target.file + suffix, { force: true });
      for (const created of createdDirs.reverse()) rmSync(created, { recursive: true, force: true });
    }
    if ((error as { code?: string }).code === "SQLITE_FULL" || /disk is full/i.test(String(error))) {
      const removed = isNew ? " (the unfinished database was removed)" : "";
      throw new DatabaseSetupError(`data directory ${dir}: the disk is full; free some space and start again${removed}`);
    }
    throw error;
  }
}

const LOCK_SUFFIX = ".migrating";
const LOCK_WAIT_MS = 180_000;

/**
 * One instance migrates a SQLite file at a time: an exclusive transaction on a small file beside it (SQLite's own
 * file locking, across processes). Two instances started together used to run `migrate deploy` at once and the
 * second gave up after the busy timeout when the first took longer (a migration that rebuilds tables, a loaded
 * machine). The wait is polled, so the event loop of a process that waits stays free.
 */
async function withSqliteMigrationLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const lock = new Database(file + LOCK_SUFFIX, { timeout: 0 });
  try {
    for (const started = Date.now(); ;) {
      try {
        lock.exec("BEGIN EXCLUSIVE");
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() - started > LOCK_WAIT_MS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return await fn();
  } finally {
    if (lock.inTransaction) lock.exec("ROLLBACK");
    lock.close();
  }
}

/** Creates `dir` if needed; returns the folders it created (deepest last). */
function ensureWritableDir(dir: string): string[] {
  const missing: string[] = [];
  let probe = dir;
  while (!existsSync(probe)) {
    missing.unshift(probe);
    const parent = path.dirname(probe);
    if (parent === probe) break;
    probe = parent;
  }
  if (existsSync(probe) && !statSync(probe).isDirectory()) {
    throw new DatabaseSetupError(`data directory ${dir}: ${probe} is a file, not a directory`);
  }
  try {
    accessSync(probe, constants.W_OK);
  } catch {
    throw new DatabaseSetupError(`data directory ${dir}: ${probe} is not writable`);
  }
  try {
    for (const folder of missing) mkdirSync(folder);
  } catch (error) {
    for (const folder of [...missing].reverse()) rmSync(folder, { recursive: true, force: true });
    throw new DatabaseSetupError(`data directory ${dir}: cannot create it (${(error as NodeJS.ErrnoException).code})`);
  }
  if (!missing.length) {
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      throw new DatabaseSetupError(`data directory ${dir} is not writable`);
    }
  }
  return missing;
}

async function preparePostgres(target: Extract<TDatabaseTarget, { provider: "postgresql" }>, cwd: string) {
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseSetupError(`DATABASE_URL: cannot reach PostgreSQL at ${redactUrl(target.url)}: ${describePgError(error)}`);
  }
  try {
    // Instances that start together queue here; the first applies the migrations, the others find none left.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await deployMigrations(target, cwd, () => appliedPostgresMigrations(client));
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

export function describePgError(error: unknown): string {
  const err = error as { code?: string; message?: string };
  if (err.code === "ECONNREFUSED") return "connection refused (is the server running?)";
  if (err.code === "ENOTFOUND" || err.code === "EAI_AGAIN") return "host not found";
  if (err.code === "3D000") return `${err.message} (create it first)`;
  if (err.code === "28P01" || err.code === "28000") return `authentication failed: ${err.message}`;
  return err.message?.split("\n")[0] || String(error);
}

async function deployMigrations(
  target: TDatabaseTarget,
  cwd: string,
  appliedNames: () => Promise<Set<string>>,
): Promise<TMigrationReport> {
  // Starting the Prisma CLI costs about two seconds; skip it when every committed migration is recorded as applied.
  const folder = path.join(cwd, "prisma", target.provider === "sqlite" ? "sqlite" : "postgres", "migrations");
  const committed = readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const done = await appliedNames().catch(() => new Set<string>());
  if (committed.every((name) => done.has(name))) return { applied: [] };

  const result = await runPrismaCli(["migrate", "deploy"], target.url, cwd);
  if (result.code !== 0) {
    throw new DatabaseSetupError(`migrations failed on ${target.provider}: ${prismaErrorLine(result)}`);
  }
  const applied = [...result.stdout.matchAll(/└─ ([^/\s]+)\//g)].map((match) => match[1] ?? "");
  return { applied };
}

const APPLIED_MIGRATIONS_SQL =
  'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL';

function appliedSqliteMigrations(file: string): Promise<Set<string>> {
  if (!existsSync(file)) return Promise.resolve(new Set());
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare(APPLIED_MIGRATIONS_SQL).all() as Array<{ migration_name: string }>;
    return Promise.resolve(new Set(rows.map((row) => row.migration_name)));
  } finally {
    db.close();
  }
}

async function appliedPostgresMigrations(client: pg.Client): Promise<Set<string>> {
  const exists = await client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present");
  if (!exists.rows[0]?.present) return new Set();
  const rows = await client.query<{ migration_name: string }>(APPLIED_MIGRATIONS_SQL);
  return new Set(rows.rows.map((row) => row.migration_name));
}
