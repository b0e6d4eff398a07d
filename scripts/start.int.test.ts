// `npm start` refuses bad configuration at once, with one line that names what to fix, and creates nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFactBase } from "@/questions/testing/fact-base-copy";

const startScript = path.resolve("scripts/start.ts");
const tsx = path.resolve("node_modules/.bin/tsx");
// Run from another folder, as a stranger would: tsx then needs to be told where the project's import paths are.
const tsconfig = path.resolve("tsconfig.json");

function start(env: Record<string, string>) {
  const cwd = mkdtempSync(path.join(os.tmpdir(), "quiz-start-"));
  const result = spawnSync(tsx, ["--tsconfig", tsconfig, startScript], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  const lines = result.stderr.split("\n").filter((line) => line.trim());
  return { code: result.status, lines, cwdEntries: readdirSync(cwd), cwd };
}

describe("npm start with bad configuration", () => {
  it("refuses a fact base that does not validate, naming file, entry and reason, and writes nothing", () => {
    const copy = copyFactBase();
    copy.edit("facts/allies/kz.yaml", (text) => text.replace("mit 7644 Kilometern", "mit 7645 Kilometern"));
    const { code, lines, cwdEntries } = start({ QUESTIONS_DIR: copy.root });
    expect(code).toBe(1);
    expect(lines[0]).toBe("✖ the question bank does not validate (1 problem(s)):");
    expect(lines[1]).toMatch(
      /questions\/facts\/allies\/kz\.yaml:\d+ facts\[\d+\]\.sources\[0\]\.quote: not found verbatim in 000_56ae70b09102ecdf\.txt/,
    );
    expect(cwdEntries).toEqual([]);
  });

  it.each([
    [
      "an unsupported scheme",
      { DATABASE_URL: "mysql://root@localhost/quiz" },
      /^✖ DATABASE_URL: scheme "mysql:" is not supported; expected postgresql:\/\//,
    ],
    ["a malformed PostgreSQL URL", { DATABASE_URL: "postgresql://" }, /^✖ DATABASE_URL: .*has no host/],
    ["a URL that is no URL", { DATABASE_URL: "localhost:5432" }, /^✖ DATABASE_URL: /],
    ["a PORT that is not a number", { PORT: "eighty" }, /^✖ PORT: expected a whole number from 1 to 65535, got "eighty"/],
    [
      "a PUBLIC_URL that is no address",
      { PUBLIC_URL: "quiz.school" },
      /^✖ PUBLIC_URL: expected an http:\/\/ or https:\/\/ address/,
    ],
    ["a RATE_LIMIT_SCALE that is no number", { RATE_LIMIT_SCALE: "lots" }, /^✖ RATE_LIMIT_SCALE: expected a number above 0/],
  ])("exits at once on %s, with one line, creating nothing", (_name, env, message) => {
    const { code, lines, cwdEntries } = start(env);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(cwdEntries).toEqual([]);
  });

  it("says a PostgreSQL server that is down cannot be reached", () => {
    const { code, lines, cwdEntries } = start({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/quiz" });
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(
        /^✖ DATABASE_URL: cannot reach PostgreSQL at postgresql:\/\/postgres@127\.0\.0\.1:1\/quiz: connection refused/,
      ),
    ]);
    expect(cwdEntries).toEqual([]);
  });

  it("names a data directory it cannot create, and leaves no files behind", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "quiz-ro-"));
    writeFileSync(path.join(dir, "blocker"), "");
    const { code, lines, cwdEntries } = start({ DATABASE_URL: `file:${dir}/blocker/data/app.db` });
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^✖ data directory .*blocker\/data: .*blocker is a file, not a directory$/)]);
    expect(readdirSync(dir)).toEqual(["blocker"]);
    expect(cwdEntries).toEqual([]);
  });
});
