// `npm run bench`: measures the production build on 127.0.0.1 (embedded SQLite, or DATABASE_URL) and prints a
// table; the figures go to bench/results/<date>.json. Load comes from this process (autocannon, real HTTP and
// SSE clients), bounded in count and duration, loopback only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { resolveDatabaseTarget } from "@/lib/platform/config/database";
import { createDbHandle } from "@/lib/platform/db/client";
import { buildApp, isBuildCurrent } from "@/lib/platform/server/build";
import { closePool } from "@/bench/lib/http";
import { measureProcess, startApp, type TServer } from "@/bench/lib/processes";
import { round } from "@/bench/lib/stats";
import { answersScenario } from "@/bench/scenarios/answers";
import { leaderboardScenario } from "@/bench/scenarios/leaderboards";
import { liveScenario } from "@/bench/scenarios/live";
import { checkBrowser, pagesScenario } from "@/bench/scenarios/pages";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const PROFILES = path.join(ROOT, "bench/results/profiles");
const SCENARIOS = ["live", "answers", "leaderboards", "pages"] as const;

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    quick: { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
  },
});
const only = new Set((values.only ?? SCENARIOS.join(",")).split(",").map((name) => name.trim()));
for (const name of only)
  if (!(SCENARIOS as readonly string[]).includes(name))
    throw new Error(`--only: unknown scenario "${name}"; use ${SCENARIOS.join(", ")}`);
const quick = values.quick;

type TRow = [string, string, string];
const rows: TRow[] = [];
const results: Record<string, unknown> = {};
const add = (figure: string, value: string, target = "") => rows.push([figure, value, target]);
const check = (ok: boolean) => (ok ? "✓" : "✗ missed");

/**
 * A fresh app server on its own database: a temporary SQLite file, or, when DATABASE_URL names a PostgreSQL
 * server, a new database on it (created through the database the URL names, dropped afterwards).
 */
async function freshApp(label: string): Promise<{ app: TServer; databaseUrl: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `quiz-bench-${label}-`));
  let databaseUrl = `file:${path.join(dir, "bench.db")}`;
  let dropDatabase = async () => {};
  const server = process.env.DATABASE_URL;
  if (server) {
    const name = `quiz_bench_${label.replace(/\W/g, "_")}_${Date.now()}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  // Every simulated player comes from 127.0.0.1: the per-address limits are scaled for the load generator.
  // --cpu-prof: each app server writes V8 CPU profiles (one per thread) to bench/results/profiles/<scenario>/ as it
  // stops; open the largest in Chrome DevTools.
  const nodeArgs = values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.join(PROFILES, label)}`] : [];
  const app = await startApp(ROOT, { DATABASE_URL: databaseUrl, RATE_LIMIT_SCALE: "1000" }, nodeArgs).catch(
    async (error: unknown) => {
      await dropDatabase();
      throw error;
    },
  );
  return {
    app,
    databaseUrl,
    cleanup: async () => {
      await app.stop();
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function printTable() {
  if (rows.length === 0) return;
  const width = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length), 6));
  const line = (row: TRow) => `| ${row.map((cell, column) => cell.padEnd(width[column]!)).join(" | ")} |`;
  console.log(line(["Figure", "Measured", "Target"]));
  console.log(`|${width.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

async function main() {
  const started = performance.now();
  if (!isBuildCurrent(ROOT)) {
    console.log("building the production app …");
    await buildApp(ROOT);
  }
  if (only.has("pages")) await checkBrowser();
  const provider = resolveDatabaseTarget(process.env.DATABASE_URL).provider;
  console.log(`benchmarking on ${provider}, ${os.cpus().length} cores, Node ${process.version}${quick ? " (quick)" : ""}\n`);

  if (only.has("live")) {
    const sizes = quick ? [100, 500] : [100, 500, 2_000];
    results.live = [];
    for (const players of sizes) {
      const { app, cleanup } = await freshApp(`live-${players}`);
      try {
        // A short game first, so that the measured one meets a warm server (its code loaded and compiled), as a
        // class does in the middle of a school day; a cold server's first hundred joins take up to a second.
        await liveScenario(app, { players: 20, questions: 1, joinsPerSecond: 20, answerWithinMs: 1_000 });
        const measured = await measureProcess(app.pid, () =>
          liveScenario(app, { players, questions: 10, joinsPerSecond: 100, answerWithinMs: 4_000 }),
        );
        const r = measured.result;
        const rssMb = round(measured.peakRssMb, 0);
        (results.live as unknown[]).push({ ...r, serverPeakRssMb: rssMb, serverCpuCores: round(measured.cpuCores, 2) });
        const label = `Live, ${players.toLocaleString("en")} players`;
        const atScale = players === 2_000;
        add(`${label}: join by PIN p50 / p99`, `${r.join.p50Ms} / ${r.join.p99Ms} ms (${r.joinsPerSecond} joins/s)`);
        add(
          `${label}: question fan-out p50 / p99 / max`,
          `${r.fanout.p50Ms} / ${r.fanout.p99Ms} / ${r.fanout.maxMs} ms`,
          atScale ? `p99 < 500 ms ${check(r.fanout.p99Ms < 500)}` : "",
        );
        add(
          `${label}: answer ack p50 / p99`,
          `${r.ack.p50Ms} / ${r.ack.p99Ms} ms`,
          atScale ? `p99 < 100 ms ${check(r.ack.p99Ms < 100)}` : "",
        );
        add(
          `${label}: answers lost (of acknowledged)`,
          `${r.answersLost} of ${r.answersAcknowledged}${r.answersRefused ? `, ${r.answersRefused} refused: ${JSON.stringify(r.refusals)}` : ""}`,
          `0 ${check(r.answersLost === 0 && r.answersRefused === 0)}`,
        );
        add(
          `${label}: server peak RSS, mean CPU`,
          `${rssMb} MB, ${round(measured.cpuCores, 2)} cores`,
          atScale ? `RSS < 1 GiB ${check(rssMb < 1024)}` : "",
        );
      } catch (error) {
        throw new Error(
          `live game with ${players} players: ${(error as Error).message}\n--- server log ---\n${app.log().slice(-3000)}`,
        );
      } finally {
        await cleanup();
      }
    }
  }

  if (only.has("answers")) {
    const { app, cleanup } = await freshApp("answers");
    try {
      const measured = await measureProcess(app.pid, () =>
        answersScenario(app, {
          players: quick ? 300 : 1000,
          seconds: quick ? 4 : 10,
          connections: quick ? [8, 32] : [4, 8, 16, 32],
        }),
      );
      const r = measured.result;
      results.answers = { ...r, serverPeakRssMb: round(measured.peakRssMb, 0), serverCpuCores: round(measured.cpuCores, 2) };
      add(
        "Answers/s, p99 < 50 ms",
        `${r.answersPerSecond} (p50 ${r.latencyP50Ms} ms, p99 ${r.latencyP99Ms} ms, ${r.connections} conn.)`,
      );
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
      add(
        "Leaderboard: stored scores",
        `${r.storedScores.toLocaleString("en")} across ${r.players.toLocaleString("en")} players (seeded in ${r.seedSeconds} s)`,
      );
      add("Leaderboard: first request (reads the board)", `${r.coldLoadMs} ms`);
      add(
        "Top-100 requests/s",
        `${r.top100.requestsPerSecond} (p50 ${r.top100.p50Ms} ms, p99 ${r.top100.p99Ms} ms)`,
        `p99 < 10 ms ${check(r.top100.p99Ms < 10)}`,
      );
      add(
        "Own-rank requests/s (rank and neighbours, each as another player)",
        `${r.ownRank.requestsPerSecond} (p50 ${r.ownRank.p50Ms} ms, p99 ${r.ownRank.p99Ms} ms)`,
        `p99 < 10 ms ${check(r.ownRank.p99Ms < 10)}`,
      );
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
      add(
        "Quiz runner time to interactive",
        `${r.quizTimeToInteractiveMs.median} ms (median of ${r.quizTimeToInteractiveMs.samples.length})`,
      );
    } finally {
      await cleanup();
    }
  }

  printTable();

  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
  const file = path.join(ROOT, "bench/results", `${date}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      { date: new Date().toISOString(), provider, cpus: os.cpus().length, node: process.version, quick, results, table: rows },
      null,
      2,
    ),
  );
  console.log(`\nwritten to ${path.relative(ROOT, file)} in ${round((performance.now() - started) / 1000, 0)} s`);
  closePool();
}

main().catch((error: unknown) => {
  closePool();
  printTable(); // what was measured before the failure
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
