// `npm test`: type check, lint, schema checks and (beside them) a production build; then unit and integration
// tests (SQLite and PostgreSQL), and the Playwright suite against the build. Ends with one line: N passed, N failed.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import pg from "pg";
import { buildApp, isBuildCurrent } from "@/lib/platform/server/build";
import { TEST_POSTGRES_ADMIN_URL } from "@/lib/platform/testing/databases";

type TStep = { name: string; ok: boolean; passed?: number; failed?: number; seconds: number };
const steps: TStep[] = [];
const bin = (name: string) => `node_modules/.bin/${name}`;

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", () => resolve(1));
    child.on("close", (code) => resolve(code ?? 1));
  });
}

async function step(name: string, body: () => Promise<Omit<TStep, "name" | "seconds">>): Promise<void> {
  console.log(`\n━━ ${name}`);
  const started = Date.now();
  const result = await body().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return { ok: false };
  });
  steps.push({ name, seconds: (Date.now() - started) / 1000, ...result });
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}

/** A runner that failed without reporting a failed test (it could not start) still counts one failure. */
function failedCount(code: number, reported: number | undefined): number {
  return Math.max(reported ?? 0, code === 0 ? 0 : 1);
}

async function postgresReachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const env = { NEXT_TELEMETRY_DISABLED: "1", NO_COLOR: "1" };
const skipPostgres = process.env.SKIP_POSTGRES === "1";

if (!skipPostgres) {
  const problem = await postgresReachable();
  if (problem) {
    console.error(
      `✖ The PostgreSQL suite needs a server at ${TEST_POSTGRES_ADMIN_URL} (${problem}).\n` +
        "  Start one (see README, Testing) or set TEST_POSTGRES_URL; SKIP_POSTGRES=1 runs the SQLite half only.",
    );
    process.exit(1);
  }
} else {
  console.warn("⚠ SKIP_POSTGRES=1: the PostgreSQL half of the integration suite does not run.");
}

// The production build (the longest single step) runs beside the static checks, which mostly wait on one core:
// its output goes to a log file, shown if it fails. Every later step finds it current.
const building = step("production build", async () => {
  if (isBuildCurrent(process.cwd())) {
    console.log("production build: up to date");
  } else {
    mkdirSync("test-results", { recursive: true });
    await buildApp(process.cwd(), { logFile: "test-results/build.log" });
    console.log("production build: done (output in test-results/build.log)");
  }
  return { ok: true };
});
await step("type check", async () => ({ ok: (await run(bin("tsc"), ["--noEmit"])) === 0 }));
await step("lint", async () => ({ ok: (await run(bin("eslint"), ["--max-warnings=0", "."])) === 0 }));
await step("format", async () => ({ ok: (await run(bin("prettier"), ["--check", "--log-level=warn", "."])) === 0 }));
await step("schema and lock file checks", async () => {
  const lockfile = await run(bin("tsx"), ["scripts/lockfile.ts", "--check"]);
  const schemas = await run(bin("tsx"), ["scripts/db/schemas.ts", "--check"]);
  const migrations = skipPostgres ? 0 : await run(bin("tsx"), ["scripts/db/migration.ts", "check"]);
  return { ok: lockfile === 0 && schemas === 0 && migrations === 0 };
});
await building;

await step("unit and integration tests", async () => {
  const report = "test-results/vitest-report.json";
  rmSync(report, { force: true });
  const code = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], env);
  const json = readJson<{ numPassedTests: number; numFailedTests: number }>(report);
  return { ok: code === 0, passed: json?.numPassedTests ?? 0, failed: failedCount(code, json?.numFailedTests) };
});

await step("end-to-end tests (Playwright, Chromium)", async () => {
  const report = "test-results/e2e-report.json";
  rmSync(report, { force: true });
  const code = await run(bin("playwright"), ["test"], env);
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report);
  const passed = (json?.stats.expected ?? 0) + (json?.stats.flaky ?? 0);
  return { ok: code === 0, passed, failed: failedCount(code, json?.stats.unexpected) };
});

console.log("\n━━ summary");
for (const { name, ok, passed, failed, seconds } of steps) {
  const counts = passed === undefined ? "" : ` (${passed} passed, ${failed ?? 0} failed)`;
  console.log(`${ok ? "✔" : "✖"} ${name}${counts} ${seconds.toFixed(0)}s`);
}
const passed = steps.reduce((sum, s) => sum + (s.passed ?? 0), 0);
const failed = steps.reduce((sum, s) => sum + (s.failed ?? 0), 0);
const failedSteps = steps.filter((s) => !s.ok).map((s) => s.name);
console.log(`\n${passed} passed, ${failed} failed` + (failedSteps.length ? ` — failing steps: ${failedSteps.join(", ")}` : ""));
process.exit(failedSteps.length ? 1 : 0);
