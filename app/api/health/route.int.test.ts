import { afterEach, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/platform/db/client";
import { createTestDatabase, TEST_PROVIDERS, type TMigratedTestDatabase } from "@/lib/platform/testing/databases";
import { startTcpProxy } from "@/lib/platform/testing/tcp-proxy";
import { GET } from "./route";

describe("GET /api/health", () => {
  let database: TMigratedTestDatabase | undefined;
  const savedUrl = process.env.DATABASE_URL;
  afterEach(async () => {
    await closeDb();
    await database?.close();
    database = undefined;
    process.env.DATABASE_URL = savedUrl;
  });

  it("answers ok for SQLite", async () => {
    database = await createTestDatabase("sqlite");
    process.env.DATABASE_URL = database.target.url;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "sqlite" });
  });

  it.skipIf(!TEST_PROVIDERS.includes("postgresql"))(
    "answers ok for PostgreSQL, then 503 with a reason when the server goes away",
    async () => {
      database = await createTestDatabase("postgresql");
      const url = new URL(database.target.url);
      const proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
      url.host = `127.0.0.1:${proxy.port}`;
      process.env.DATABASE_URL = url.toString();

      const up = await GET();
      expect(up.status).toBe(200);
      expect(await up.json()).toEqual({ status: "ok", database: "postgresql" });

      await proxy.cut();
      const down = await GET();
      expect(down.status).toBe(503);
      const body = (await down.json()) as { status: string; database: string; reason: string };
      expect(body).toMatchObject({ status: "unavailable", database: "postgresql" });
      expect(body.reason).toMatch(/\w/);
      expect(body.reason).not.toContain("postgresql://postgres@");
    },
  );
});
