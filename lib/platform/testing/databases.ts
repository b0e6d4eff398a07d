// Test databases: a fresh SQLite file or a fresh PostgreSQL database per call, migrated by the real start-up
// path, dropped afterwards. Integration suites run once per provider with `describe.each(TEST_PROVIDERS)`.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TDatabaseTarget } from "@/lib/platform/config/database";
import { createDbHandle, type TDbHandle } from "@/lib/platform/db/client";
import { prepareDatabase } from "@/lib/platform/db/prepare";

export type TTestProvider = "sqlite" | "postgresql";
/** Both providers; SKIP_POSTGRES=1 (stated loudly by `npm test`) leaves out PostgreSQL. */
export const TEST_PROVIDERS: readonly TTestProvider[] = process.env.SKIP_POSTGRES === "1" ? ["sqlite"] : ["sqlite", "postgresql"];

/** The PostgreSQL server tests create their databases on (a maintenance database URL). */
export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function postgresUrlFor(database: string): string {
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export type TTestDatabase = { target: TDatabaseTarget; drop: () => Promise<void> };

/** An empty database of the provider, not yet migrated. */
export async function createEmptyDatabase(provider: TTestProvider): Promise<TTestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "quiz-test-"));
    const file = path.join(dir, "test.db");
    return { target: { provider, file, url: `file:${file}` }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `quiz_test_${randomBytes(6).toString("hex")}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    target: { provider, url: postgresUrlFor(name) },
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export type TMigratedTestDatabase = TTestDatabase & { handle: TDbHandle; close: () => Promise<void> };

/** A migrated database with its own Prisma client; `close()` disconnects and drops it. */
export async function createTestDatabase(provider: TTestProvider): Promise<TMigratedTestDatabase> {
  const empty = await createEmptyDatabase(provider);
  await prepareDatabase(empty.target);
  const handle = createDbHandle(empty.target);
  return {
    ...empty,
    handle,
    close: async () => {
      await handle.db.$disconnect();
      await empty.drop();
    },
  };
}
