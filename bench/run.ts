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
import { measureProcesses, startApp, type TServer } from "@/bench/lib/processes";
import { startNginx, type TProxy } from "@/bench/lib/proxy";
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
    // Live games: the sizes (a comma list), how fast the class arrives, and how many app instances serve it.
    players: { type: "string" },
    "joins-per-second": { type: "string", default: "100" },
    instances: { type: "string", default: "1" },
  },
});
const only = new Set((values.only ?? SCENARIOS.join(",")).split(",").map((name) => name.trim()));
for (const name of only)
  if (!(SCENARIOS as readonly string[]).includes(name))
    throw new Error(`--only: unknown scenario "${name}"; use ${SCENARIOS.join(", ")}`);
const quick = values.quick;

function wholeNumbers(flag: string, raw: string): number[] {
  const numbers = raw.split(",").map((part) => Number(part.trim()));
  if (!numbers.length || numbers.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--${flag}: expected whole numbers above 0, separated by commas, got "${raw}"`);
  return numbers;
}
const liveSizes = values.players ? wholeNumbers("players", values.players) : quick ? [100, 500] : [100, 500, 2_000];
const [joinsPerSecond] = wholeNumbers("joins-per-second", values["joins-per-second"]);
const [instances] = wholeNumbers("instances", values.instances);
if (instances! > 1 && !process.env.DATABASE_URL?.startsWith("postgres"))
  throw new Error("--instances above 1: the instances share one PostgreSQL database; set DATABASE_URL to a PostgreSQL server");

type TRow = [string, string, string];
const rows: TRow[] = [];
const results: Record<string, unknown> = {};
const add = (figure: string, value: string, target = "") => rows.push([figure, value, target]);
const check = (ok: boolean) => (ok ? "✓" : "✗ missed");

/**
 * A fresh app server on its own database: a temporary SQLite file, or, when DATABASE_URL names a PostgreSQL
 * server, a new database on it (created through the database the URL names, dropped afterwards).
 */
async function freshApp(
  label: string,
  count = 1,
): Promise<{ app: TServer; apps: TServer[]; url: string; proxy?: TProxy; databaseUrl: string; cleanup: () => Promise<void> }> {
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
  // stops; read them with bench/profile.ts, or open the largest in Chrome DevTools.
  const nodeArgs = values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.join(PROFILES, label)}`] : [];
  // A folder holds one run's profiles: bench/profile.ts reads them all.
  if (values["cpu-prof"]) rmSync(path.join(PROFILES, label), { recursive: true, force: true });
  // Several instances: one after the other (each applies migrations at start), behind nginx, which passes on the
  // client's address (TRUST_PROXY=1).
  const env = { DATABASE_URL: databaseUrl, RATE_LIMIT_SCALE: "1000", ...(count > 1 ? { TRUST_PROXY: "1" } : {}) };
  const apps: TServer[] = [];
  let proxy: TProxy | undefined;
  const stopAll = async () => {
    await proxy?.stop();
    for (const app of apps) await app.stop();
    await dropDatabase();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let n = 0; n < count; n++) apps.push(await startApp(ROOT, env, nodeArgs));
    if (count > 1) proxy = await startNginx(apps.map((app) => new URL(app.url).host));
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { app: apps[0]!, apps, url: proxy?.url ?? apps[0]!.url, proxy, databaseUrl, cleanup: stopAll };
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
  console.log(
    `benchmarking on ${provider}${instances! > 1 ? ` (${instances} instances behind nginx)` : ""}, ${os.cpus().length} cores, Node ${process.version}${quick ? " (quick)" : ""}\n`,
  );

  if (only.has("live")) {
    results.live = [];
    const setup = instances! > 1 ? `, ${instances} instances behind nginx` : "";
    for (const players of liveSizes) {
      const { apps, url, proxy, cleanup } = await freshApp(`live-${players}`, instances);
      try {
        // A short game first, so that the measured one meets a warm server (its code loaded and compiled), as a
        // class does in the middle of a school day; a cold server's first hundred joins take up to a second.
        await liveScenario(url, { players: 20 * instances!, questions: 1, joinsPerSecond: 20, answerWithinMs: 1_000 });
        const measured = await measureProcesses(
          apps.map((app) => app.pid),
          () => liveScenario(url, { players, questions: 10, joinsPerSecond: joinsPerSecond!, answerWithinMs: 4_000 }),
        );
        const r = measured.result;
        const rssMb = round(measured.peakRssMb, 0);
        (results.live as unknown[]).push({
          ...r,
          instances,
          offeredJoinsPerSecond: joinsPerSecond,
          serverPeakRssMb: rssMb,
          serverCpuCores: round(measured.cpuCores, 2),
        });
        const label = `Live, ${players.toLocaleString("en")} players${setup}`;
        const atScale = players >= 2_000;
        const fanoutTarget = players > 2_000 ? 1_000 : 500;
        add(
          `${label}: join failures (not in, or stream lost for good)`,
          `${r.joinFailures}${r.joinFailures ? ` ${JSON.stringify(r.joinFailureReasons)}` : ""}`,
          `0 ${check(r.joinFailures === 0)}`,
        );
        add(
          `${label}: join by PIN p50 / p99`,
          `${r.join.p50Ms} / ${r.join.p99Ms} ms (${r.joinsPerSecond} joins/s of ${joinsPerSecond} offered; ${r.joinRetries.busy} asked to wait, ${r.joinRetries.dropped} dropped)`,
          atScale ? `p99 < 2 s ${check(r.join.p99Ms < 2_000)}` : "",
        );
        add(
          `${label}: question fan-out p50 / p99 / max`,
          `${r.fanout.p50Ms} / ${r.fanout.p99Ms} / ${r.fanout.maxMs} ms`,
          atScale ? `p99 < ${fanoutTarget} ms ${check(r.fanout.p99Ms < fanoutTarget)}` : "",
        );
        add(
          `${label}: questions delivered to every player in, reconnects`,
          `${r.questionsDeliveredToAll} of ${r.questions}, ${r.reconnects} reconnects`,
          `${r.questions} ${check(r.questionsDeliveredToAll === r.questions)}`,
        );
        if (apps.length > 1)
          add(`${label}: players' streams per instance`, Object.values(r.streamsPerInstance).join(" / ") || "(not reported)");
        add(
          `${label}: answer ack p50 / p99`,
          `${r.ack.p50Ms} / ${r.ack.p99Ms} ms (sent in a question's first second: ${r.ackDuringFanout.p50Ms} / ${r.ackDuringFanout.p99Ms}; later: ${r.ackAfterFanout.p50Ms} / ${r.ackAfterFanout.p99Ms}; the harness's own loop late by p99 ${r.harnessLoopDelay.p99Ms} ms)`,
          atScale ? `p99 < 100 ms ${check(r.ack.p99Ms < 100)}` : "",
        );
        add(
          `${label}: answers lost (of acknowledged)`,
          `${r.answersLost} of ${r.answersAcknowledged}${r.answersRefused ? `, ${r.answersRefused} refused: ${JSON.stringify(r.refusals)}` : ""}`,
          `0 ${check(r.answersLost === 0 && r.answersRefused === 0)}`,
        );
        add(
          `${label}: server peak RSS${apps.length > 1 ? " (largest instance)" : ""}, mean CPU`,
          `${rssMb} MB, ${round(measured.cpuCores, 2)} cores`,
          atScale ? `RSS < 1 GiB ${check(rssMb < 1024)}` : "",
        );
      } catch (error) {
        const logs = apps.map(
          (app, n) => `--- server log${apps.length > 1 ? ` (instance ${n + 1})` : ""} ---\n${app.log().slice(-3000)}`,
        );
        if (proxy) logs.push(`--- nginx ---\n${proxy.log().slice(-2000)}`);
        throw new Error(`live game with ${players} players: ${(error as Error).message}\n${logs.join("\n")}`);
      } finally {
        await cleanup();
      }
    }
  }

  if (only.has("answers")) {
    const { app, cleanup } = await freshApp("answers");
    try {
      const measured = await measureProcesses([app.pid], () =>
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
      {
        date: new Date().toISOString(),
        provider,
        instances,
        cpus: os.cpus().length,
        node: process.version,
        quick,
        results,
        table: rows,
      },
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
