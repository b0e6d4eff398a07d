// Transactions on SQLite have a time limit for waiting on the connection's lock: one that waits too long fails
// with a "timed out" error (a 503 to the client) instead of waiting forever, and the lock still works afterwards.
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
});
