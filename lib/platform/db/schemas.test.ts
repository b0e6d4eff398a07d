import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from "./schemas";

// The model blocks of a schema, without the generator and datasource blocks that differ by provider.
function modelBlocks(schema: string): string[] {
  return [...schema.matchAll(/^model \w+ \{[\s\S]*?^\}/gm)].map((match) => match[0]);
}

describe("the two Prisma schemas", () => {
  const sqlite = readFileSync(SQLITE_SCHEMA, "utf8");
  const postgres = readFileSync(POSTGRES_SCHEMA, "utf8");

  it("describe the same models, field by field", () => {
    expect(modelBlocks(sqlite).length).toBeGreaterThan(5);
    expect(modelBlocks(postgres)).toEqual(modelBlocks(sqlite));
  });

  it("differ only in provider and client output, as derived", () => {
    expect(postgres).toBe(derivePostgresSchema(sqlite));
    expect(postgres).toMatch(/provider = "postgresql"/);
    expect(postgres).toMatch(/generated\/postgres/);
  });
});
