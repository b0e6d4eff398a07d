// `npm run bench`: measures the production build on 127.0.0.1 (embedded SQLite, or DATABASE_URL) and prints a
// table; the figures go to bench/results/<date>.json. Load comes from this process (autocannon, real HTTP and
// SSE clients), bounded in count and duration, loopback only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveDatabaseTarget } from "../lib/config/database";
import { createDbHandle } from "../lib/db/client";
import { buildApp, isBuildCurrent } from "../lib/server/build";
import { measureProcess, startApp, type TServer } from "./lib/processes";
import { round } from "./lib/stats";
import { answersScenario } from "./scenarios/answers";
import { leaderboardScenario } from "./scenarios/leaderboards";
import { pagesScenario } from "./scenarios/pages";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const SCENARIOS = ["live", "answers", "leaderboards", "pages"] as const;

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    quick: { type: "boolean", default: false },
  },
});
const only = new Set((values.only ?? SCENARIOS.join(",")).split(",").map((name) => name.trim()));
for (const name of only) if (!(SCENARIOS as readonly string[]).includes(name)) throw new Error(`--only: unknown scenario "${name}"; use ${SCENARIOS.join(", ")}`);
const quick = values.quick;

type TRow = [string, string, string];
const rows: TRow[] = [];
const results: Record<string, unknown> = {};
const add = (figure: string, value: string, target = "") => rows.push([figure, value, target]);
const check = (ok: boolean) => (ok ? "✓" : "✗ missed");

/** A fresh app server on its own database: a temporary SQLite file, or the PostgreSQL database given. */
async function freshApp(label: string): Promise<{ app: TServer; databaseUrl: string; cleanup: () => Promise<void> }> {
  const external = process.env.DATABASE_URL;
  const dir = mkdtempSync(path.join(os.tmpdir(), `quiz-bench-${label}-`));
  const databaseUrl = external || `file:${path.join(dir, "bench.db")}`;
  // Every simulated player comes from 127.0.0.1: the per-address limits are scaled for the load generator.
  const app = await startApp(ROOT, { DATABASE_URL: databaseUrl, RATE_LIMIT_SCALE: "1000" });
  return {
    app,
    databaseUrl,
    cleanup: async () => {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const started = performance.now();
  if (!isBuildCurrent(ROOT)) {
    console.log("building the production app …");
    await buildApp(ROOT);
  }
  const provider = resolveDatabaseTarget(process.env.DATABASE_URL).provider;
  console.log(`benchmarking on ${provider}, ${os.cpus().length} cores, Node ${process.version}${quick ? " (quick)" : ""}\n`);

  if (only.has("answers")) {
    const { app, cleanup } = await freshApp("answers");
    try {
      const measured = await measureProcess(app.pid, () =>
        answersScenario(app, { players: quick ? 100 : 400, seconds: quick ? 4 : 10, connections: quick ? [8, 32] : [4, 8, 16, 32] }),
      );
      const r = measured.result;
      results.answers = { ...r, serverPeakRssMb: round(measured.peakRssMb, 0), serverCpuCores: round(measured.cpuCores, 2) };
      add("Answers/s, p99 < 50 ms", `${r.answersPerSecond} (p50 ${r.latencyP50Ms} ms, p99 ${r.latencyP99Ms} ms, ${r.connections} conn.)`);
      add("Bare node:http req/s, same run", `${r.baselineRequestsPerSecond}`);
      add("Answer throughput / baseline", `${round(r.ratio * 100, 1)} %`, `≥ 30 % ${check(r.ratio >= 0.3)}`);
      add("Answers refused or failed", `${r.errors}`, `0 ${check(r.errors === 0)}`);
    } finally {
      await cleanup();
    }
  }

  if (only.has("leaderboards")) {
    const { app, databaseUrl, cleanup } = await freshApp("boards");
    const handle = createDbHandle(resolveDatabaseTarget(databaseUrl));
    try {
      const r = await leaderboardScenario(app, handle, { seconds: quick ? 4 : 10, connections: 8 });
      results.leaderboards = r;
      add("Leaderboard: stored scores", `${r.storedScores.toLocaleString("en")} across ${r.players.toLocaleString("en")} players (seeded in ${r.seedSeconds} s)`);
      add("Top-100 requests/s", `${r.top100.requestsPerSecond} (p50 ${r.top100.p50Ms} ms, p99 ${r.top100.p99Ms} ms)`, `p99 < 10 ms ${check(r.top100.p99Ms < 10)}`);
      add("Own-rank requests/s", `${r.ownRank.requestsPerSecond} (p50 ${r.ownRank.p50Ms} ms, p99 ${r.ownRank.p99Ms} ms)`, `p99 < 10 ms ${check(r.ownRank.p99Ms < 10)}`);
    } finally {
      await handle.db.$disconnect();
      await cleanup();
    }
  }

  if (only.has("pages")) {
    const { app, cleanup } = await freshApp("pages");
    try {
      const r = await pagesScenario(app, { samples: quick ? 3 : 7 });
      results.pages = r;
      add("First-load JS, home page (gzip)", `${r.homeFirstLoadJsKb} kB`);
      add("First-load JS, quiz runner (gzip)", `${r.quizFirstLoadJsKb} kB`, `< 150 kB ${check(r.quizFirstLoadJsKb < 150)}`);
      add("Quiz runner time to interactive", `${r.quizTimeToInteractiveMs.median} ms (median of ${r.quizTimeToInteractiveMs.samples.length})`);
    } finally {
      await cleanup();
    }
  }

  const width = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length), 6));
  const line = (row: TRow) => `| ${row.map((cell, column) => cell.padEnd(width[column]!)).join(" | ")} |`;
  console.log(line(["Figure", "Measured", "Target"]));
  console.log(`|${width.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));

  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
  const file = path.join(ROOT, "bench/results", `${date}.json`);
  writeFileSync(
    file,
    JSON.stringify({ date: new Date().toISOString(), provider, cpus: os.cpus().length, node: process.version, quick, results, table: rows }, null, 2),
  );
  console.log(`\nwritten to ${path.relative(ROOT, file)} in ${round((performance.now() - started) / 1000, 0)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
