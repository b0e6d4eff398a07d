// `npm start`: checks the configuration, prepares the database, builds if needed and serves the app.
// Every failure is one line that names what to fix, and a non-zero exit.
import { resolveDatabaseTarget, type TDatabaseTarget } from "@/lib/platform/config/database";
import { ConfigError } from "@/lib/platform/config/errors";
import { resolveAppConfig } from "@/lib/platform/config/app";
import { resolveServerConfig } from "@/lib/platform/config/server";
import { buildQuestionBank } from "@/questions/bank";
import { closeDb, getDbHandle } from "@/lib/platform/db/client";
import { loadQuestionBankIntoDb } from "@/lib/sets/queries/question-bank";
import { backfillNicknameKeys } from "@/lib/players/use-cases/rename-player";
import { DatabaseSetupError, prepareDatabase } from "@/lib/platform/db/prepare";
import { watchLeaderboardChanges } from "@/lib/leaderboards/use-cases/board-events";
import { watchBankChanges } from "@/lib/sets/use-cases/bank-events";
import { buildApp, isBuildCurrent } from "@/lib/platform/server/build";
import { startHttpServer } from "@/lib/platform/server/http-server";
import { FAST_ROUTES } from "@/app/api/fast-routes";
import { setFlagsFromString } from "node:v8";

// After a full garbage collection the heap may grow by half of what is still live before the next one. V8 lets it
// grow up to 4× when a program allocates fast, and a live game of 10,000 players (about 250 MB live) peaked at
// over 1 GB of memory, most of it garbage not yet collected (README, Performance). Set at run time, so that it
// holds however this script is started (npm start runs it through tsx).
setFlagsFromString("--heap-growing-percent=50");

const cwd = process.cwd();
const dev = process.argv.includes("--dev");
const skipBuild = process.argv.includes("--no-build");

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

function describeTarget(target: TDatabaseTarget): string {
  return target.provider === "sqlite" ? `SQLite ${target.file}` : "PostgreSQL";
}

async function main() {
  let target: TDatabaseTarget;
  let server: ReturnType<typeof resolveServerConfig>;
  try {
    target = resolveDatabaseTarget(process.env.DATABASE_URL, cwd);
    server = resolveServerConfig(process.env);
    resolveAppConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  // The fact base is checked before anything is written: a broken one stops the start with every problem listed.
  const { bank, problems } = buildQuestionBank();
  if (!bank) fail(`the question bank does not validate (${problems.length} problem(s)):\n  ${problems.join("\n  ")}`);

  // The question bank is loaded as part of the setup, so a new database that cannot take it is removed again.
  let loaded: Awaited<ReturnType<typeof loadQuestionBankIntoDb>> | undefined;
  const migration = await prepareDatabase(target, cwd, async () => {
    loaded = await loadQuestionBankIntoDb(getDbHandle(), bank).catch(async (error: unknown) => {
      await closeDb();
      throw error;
    });
  });
  const applied = migration.applied.length;
  console.log(`▸ database: ${describeTarget(target)}, ${applied ? `${applied} migration(s) applied` : "up to date"}`);

  if (!loaded) throw new Error("the question bank was not loaded");
  console.log(
    `▸ questions: ${bank.questions.length} in ${bank.sets.length} sets (${loaded.created} new, ${loaded.updated} changed, ${loaded.retired} retired)`,
  );

  // Nicknames chosen before they were kept unique get their look-alike key (a later twin gets a number).
  const keyed = await backfillNicknameKeys(getDbHandle().db);
  if (keyed) console.log(`▸ nicknames: ${keyed} made unique by look-alike key`);

  if (!dev && !skipBuild) {
    if (isBuildCurrent(cwd)) {
      console.log("▸ build: up to date");
    } else {
      console.log("▸ build: building the production app (once per change)…");
      await buildApp(cwd);
    }
  }

  // Boards cached on this instance are forgotten when a score is posted on any instance.
  await watchLeaderboardChanges(getDbHandle());
  await watchBankChanges();

  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const running = await startHttpServer({ cwd, host: server.host, port: server.port, dev, fastRoutes: FAST_ROUTES }).catch(
    (error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE") fail(`PORT: ${server.port} is already in use on ${server.host}; set PORT to a free port.`);
      if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") fail(`HOST: cannot listen on "${server.host}" (${code}).`);
      throw error;
    },
  );
  console.log(`▸ ready on ${running.url}`);

  const shutdown = async () => {
    await running.close();
    await closeDb();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseSetupError || error instanceof ConfigError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
});
