import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveDatabaseTarget } from "./database";
import { ConfigError } from "./errors";

describe("resolveDatabaseTarget", () => {
  const cwd = "/srv/quiz";

  it("uses the embedded SQLite file under ./data when DATABASE_URL is unset or empty", () => {
    for (const raw of [undefined, "", "  "]) {
      expect(resolveDatabaseTarget(raw, cwd)).toEqual({
        provider: "sqlite",
        file: path.join(cwd, "data/app.db"),
        url: `file:${path.join(cwd, "data/app.db")}`,
      });
    }
  });

  it("resolves relative and absolute SQLite file URLs", () => {
    expect(resolveDatabaseTarget("file:./other/x.db", cwd)).toMatchObject({ provider: "sqlite", file: "/srv/quiz/other/x.db" });
    expect(resolveDatabaseTarget("file:/var/lib/quiz.db", cwd)).toMatchObject({ file: "/var/lib/quiz.db" });
    expect(resolveDatabaseTarget("file:///var/lib/quiz.db", cwd)).toMatchObject({ file: "/var/lib/quiz.db" });
  });

  it("selects PostgreSQL for postgres:// and postgresql:// URLs", () => {
    for (const url of ["postgresql://u:p@db:5432/quiz", "postgres://u@localhost/quiz?sslmode=disable"]) {
      expect(resolveDatabaseTarget(url, cwd)).toEqual({ provider: "postgresql", url });
    }
  });

  it.each([
    ["mysql://root@localhost/quiz", /scheme "mysql:" is not supported/],
    ["postgresql://", /has no host/],
    ["postgresql://u@db:5432", /names no database/],
    ["postgresql://u@db:port/quiz", /not a valid URL|port/],
    ["file:", /names no file/],
    ["just words", /is not a URL/],
  ])("refuses %s with one line naming DATABASE_URL", (raw, reason) => {
    let error: unknown;
    try {
      resolveDatabaseTarget(raw, cwd);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/^DATABASE_URL: /);
    expect(message).toMatch(reason);
    expect(message).not.toContain("\n");
  });

  it("never shows a password in an error", () => {
    expect(() => resolveDatabaseTarget("postgresql://u:secret@db:5432", cwd)).toThrow(/u:\*\*\*@db/);
    expect(() => resolveDatabaseTarget("postgresql://u:secret@db:5432", cwd)).not.toThrow(/secret/);
  });
});
