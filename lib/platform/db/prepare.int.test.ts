import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEmptyDatabase, TEST_PROVIDERS, type TTestDatabase } from "@/lib/platform/testing/databases";
import { createDbHandle } from "./client";
import { DatabaseSetupError, prepareDatabase } from "./prepare";

const committedMigrations = (provider: string) =>
  readdirSync(`prisma/${provider === "sqlite" ? "sqlite" : "postgres"}/migrations`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe.each(TEST_PROVIDERS)("prepareDatabase on %s", (provider) => {
  let database: TTestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it("applies every committed migration once, then finds nothing left to do", async () => {
    database = await createEmptyDatabase(provider);
    const first = await prepareDatabase(database.target);
    expect(first.applied.sort()).toEqual(committedMigrations(provider));
    const second = await prepareDatabase(database.target);
    expect(second.applied).toEqual([]);

    const handle = createDbHandle(database.target);
    try {
      const rows = await handle.db.$queryRawUnsafe<Array<{ migration_name: string }>>(
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
      );
      expect(rows.map((row) => row.migration_name).sort()).toEqual(committedMigrations(provider));
    } finally {
      await handle.db.$disconnect();
    }
  });

  it("lets two instances that start at the same moment both succeed, applying each migration once", async () => {
    database = await createEmptyDatabase(provider);
    const target = database.target;
    const [a, b] = await Promise.all([prepareDatabase(target), prepareDatabase(target)]);
    const appliedTwice = [...a.applied, ...b.applied].sort();
    expect(appliedTwice).toEqual(committedMigrations(provider));
  });
});

describe("prepareDatabase on SQLite, bad input", () => {
  it("names the directory when it cannot be created and leaves nothing behind", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "quiz-bad-"));
    const blocker = path.join(dir, "not-a-dir");
    writeFileSync(blocker, "a file where the data directory should be");
    const file = path.join(blocker, "sub", "app.db");
    await expect(prepareDatabase({ provider: "sqlite", file, url: `file:${file}` })).rejects.toThrow(DatabaseSetupError);
    await expect(prepareDatabase({ provider: "sqlite", file, url: `file:${file}` })).rejects.toThrow(
      /is a file, not a directory/,
    );
    expect(readdirSync(dir)).toEqual(["not-a-dir"]);
  });

  it("removes a database file it created when the migrations fail", async () => {
    // A migrations folder that cannot apply: the project root is a copy whose only migration is broken SQL.
    const root = mkdtempSync(path.join(os.tmpdir(), "quiz-badmig-"));
    const migrations = path.join(root, "prisma/sqlite/migrations/20000101000000_broken");
    const { cpSync, mkdirSync } = await import("node:fs");
    mkdirSync(migrations, { recursive: true });
    cpSync("prisma/sqlite/schema.prisma", path.join(root, "prisma/sqlite/schema.prisma"));
    cpSync("prisma/sqlite/migrations/migration_lock.toml", path.join(root, "prisma/sqlite/migrations/migration_lock.toml"));
    writeFileSync(path.join(migrations, "migration.sql"), "CREATE TABLE broken (;\n");
    cpSync("prisma.config.ts", path.join(root, "prisma.config.ts"));
    cpSync("lib", path.join(root, "lib"), { recursive: true, filter: (src) => !src.includes("generated") });
    const { symlinkSync } = await import("node:fs");
    symlinkSync(path.resolve("node_modules"), path.join(root, "node_modules"));
    const file = path.join(root, "data", "app.db");
    await expect(prepareDatabase({ provider: "sqlite", file, url: `file:${file}` }, root)).rejects.toThrow(
      /migrations failed on sqlite/,
    );
    expect(existsSync(file)).toBe(false);
    expect(existsSync(path.join(root, "data"))).toBe(false);
  });
});

describe("prepareDatabase on PostgreSQL, bad input", () => {
  it("says in one line that the server cannot be reached", async () => {
    const error = await prepareDatabase({ provider: "postgresql", url: "postgresql://postgres@127.0.0.1:1/none" }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatabaseSetupError);
    expect((error as Error).message).toMatch(/^DATABASE_URL: cannot reach PostgreSQL at .*connection refused/);
    expect((error as Error).message).not.toContain("\n");
  });
});
