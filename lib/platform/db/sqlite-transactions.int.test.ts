// Transactions on SQLite have a time limit for waiting on the connection's lock: one that waits too long fails
// with a "timed out" error (a 503 to the client) instead of waiting forever, and the lock still works afterwards.
// A write outside any transaction, made while one is open on the same connection, is not swept into it: when the
// transaction rolls back, the write (already acknowledged to its client) stays.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, type TTestDatabase } from "@/lib/platform/testing/databases";
import { PrismaClient } from "@/lib/platform/db/generated/sqlite/client";
import { prepareDatabase } from "./prepare";
import { withTransactionGuards } from "./sqlite-transactions";

describe("SQLite transactions with a wait limit", () => {
  let database: TTestDatabase;
  let db: PrismaClient;
  beforeAll(async () => {
    database = await createEmptyDatabase("sqlite");
    await prepareDatabase(database.target);
    const file = database.target.provider === "sqlite" ? database.target.file : "";
    db = new PrismaClient({ adapter: withTransactionGuards(new PrismaBetterSQLite3({ url: file }), 300) });
    await db.$executeRawUnsafe('CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "text" TEXT NOT NULL)');
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("gives up waiting for a held lock after the limit, then runs once it is free", async () => {
    let release: () => void = () => undefined;
    const held = db.$transaction(
      async (tx) => {
        await tx.$queryRawUnsafe("SELECT 1");
        await new Promise<void>((resolve) => (release = resolve));
      },
      { timeout: 10_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await expect(db.$transaction(async (tx) => tx.$queryRawUnsafe("SELECT 1"))).rejects.toThrow(/timed out/);
    expect(Date.now() - started).toBeLessThan(2_000);
    release();
    await held;
    await expect(db.$transaction(async (tx) => tx.$queryRawUnsafe("SELECT 2"))).resolves.toBeDefined();
  });

  it("keeps a write made beside a transaction that then rolls back", async () => {
    let wrote: () => void = () => undefined;
    const besideDone = new Promise<void>((resolve) => (wrote = resolve));
    const rolledBack = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('INSERT INTO "Note" ("id", "text") VALUES (1, \'in the transaction\')');
      // Another request writes while this transaction is open, and is acknowledged once its write returns.
      void db.$executeRawUnsafe('INSERT INTO "Note" ("id", "text") VALUES (2, \'beside it\')').then(() => wrote());
      await Promise.race([besideDone, new Promise((resolve) => setTimeout(resolve, 200))]);
      throw new Error("the transaction fails");
    });
    await expect(rolledBack).rejects.toThrow("the transaction fails");
    await besideDone;
    const rows = await db.$queryRawUnsafe<Array<{ text: string }>>('SELECT "text" FROM "Note" ORDER BY "id"');
    expect(rows).toEqual([{ text: "beside it" }]);
  });
});
