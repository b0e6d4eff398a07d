// Statements reused on SQLite: a query run again with other arguments is prepared once and gives the rows of its
// own arguments; failures, transactions and Prisma's model queries behave as without the cache.
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEmptyDatabase, type TTestDatabase } from "@/lib/platform/testing/databases";
import { PrismaClient } from "@/lib/platform/db/generated/sqlite/client";
import { prepareDatabase } from "./prepare";
import { cacheStatements, STATEMENT_CACHE_MAX_SQL, withStatementCache } from "./sqlite-statements";

describe("SQLite statements reused", () => {
  let database: TTestDatabase;
  let db: PrismaClient;
  const prepare = vi.spyOn(Database.prototype, "prepare");
  const preparedTimes = (sql: string) => prepare.mock.calls.filter(([text]) => text.includes(sql)).length;

  beforeAll(async () => {
    database = await createEmptyDatabase("sqlite");
    await prepareDatabase(database.target);
    const file = database.target.provider === "sqlite" ? database.target.file : "";
    db = new PrismaClient({ adapter: withStatementCache(new PrismaBetterSQLite3({ url: file })) });
    await db.$executeRawUnsafe('CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "text" TEXT NOT NULL UNIQUE)');
  });
  afterAll(async () => {
    prepare.mockRestore();
    await db?.$disconnect();
    await database?.drop();
  });

  it("prepares a query once and binds each run's own arguments", async () => {
    for (let id = 1; id <= 5; id++) {
      await db.$executeRawUnsafe('INSERT INTO "Note" ("id", "text") VALUES (?, ?) /* insert-note */', id, `note ${id}`);
    }
    for (const id of [4, 2, 5]) {
      const rows = await db.$queryRawUnsafe<Array<{ text: string }>>('SELECT "text" FROM "Note" WHERE "id" = ? /* by-id */', id);
      expect(rows).toEqual([{ text: `note ${id}` }]);
    }
    expect(preparedTimes("/* insert-note */")).toBe(1);
    expect(preparedTimes("/* by-id */")).toBe(1);
  });

  it("reports a failed run as before, and the same statement runs again afterwards", async () => {
    const insert = 'INSERT INTO "Note" ("id", "text") VALUES (?, ?) /* insert-twice */';
    await expect(db.$executeRawUnsafe(insert, 100, "note 1")).rejects.toThrow(/UNIQUE constraint failed/);
    await expect(db.$executeRawUnsafe(insert, 100, "note 100")).resolves.toBe(1);
    await expect(db.$executeRawUnsafe(insert, 101)).rejects.toThrow(/parameter/i);
  });

  it("rolls a transaction back, and commits the next one", async () => {
    const insert = 'INSERT INTO "Note" ("id", "text") VALUES (?, ?) /* in-transaction */';
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(insert, 200, "rolled back");
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await db.$transaction(async (tx) => tx.$executeRawUnsafe(insert, 201, "committed"));
    const texts = await db.$queryRawUnsafe<Array<{ text: string }>>('SELECT "text" FROM "Note" WHERE "id" >= 200');
    expect(texts).toEqual([{ text: "committed" }]);
  });

  it("serves Prisma's model queries with their own arguments", async () => {
    const before = prepare.mock.calls.length;
    for (const name of ["a", "b", "c"]) {
      await db.appSecret.create({ data: { name: `secret-${name}`, value: `value-${name}` } });
      const found = await db.appSecret.findUnique({ where: { name: `secret-${name}` } });
      expect(found?.value).toBe(`value-${name}`);
    }
    // The first create and find are prepared; the later ones reuse them (and the transactions' BEGIN).
    expect(prepare.mock.calls.length - before).toBeLessThanOrEqual(3);
  });

  it("keeps the most recently used statements when it is full", () => {
    const client = new Database(":memory:");
    const prepared = cacheStatements(client, 2);
    const run = (sql: string) =>
      (client.prepare(sql) as unknown as { bind: (args: unknown[]) => { raw: () => { all: () => unknown[] } } })
        .bind([])
        .raw()
        .all();
    expect(run("SELECT 1")).toEqual([[1]]);
    run("SELECT 2");
    run("SELECT 1"); // used again: now the most recent
    run("SELECT 3"); // full: SELECT 2 goes
    expect(prepared()).toBe(3);
    run("SELECT 1");
    expect(prepared()).toBe(3);
    run("SELECT 2");
    expect(prepared()).toBe(4);
    client.close();
  });

  it("prepares long SQL (a batch's many rows) each time, and keeps it out of the cache", () => {
    const client = new Database(":memory:");
    const prepared = cacheStatements(client, 2);
    type TPrepared = { bind: (args: unknown[]) => { raw: () => { all: () => unknown[] } } };
    const run = (sql: string, args: unknown[] = []) => (client.prepare(sql) as unknown as TPrepared).bind(args).raw().all();
    const rows = Array.from({ length: 400 }, (_, n) => n);
    const long = `SELECT ${rows.map(() => "?").join(" + ")} /* ${"x".repeat(STATEMENT_CACHE_MAX_SQL)} */`;
    expect(run(long, rows)).toEqual([[rows.reduce((sum, n) => sum + n, 0)]]);
    expect(
      run(
        long,
        rows.map(() => 1),
      ),
    ).toEqual([[400]]);
    run("SELECT 1");
    run("SELECT 1");
    expect(prepared()).toBe(1);
    client.close();
  });
});
