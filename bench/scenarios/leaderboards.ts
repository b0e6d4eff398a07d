// Scenario 3: leaderboards with 1,000,000 stored scores across 10,000 players: top-100 requests and own-rank
// requests (with the player's cookie, answered with neighbours), per second and p99, over HTTP.
import autocannon from "autocannon";
import { createHash } from "node:crypto";
import type { TDbHandle } from "@/lib/platform/db/client";
import type { TServer } from "@/bench/lib/processes";
import { round } from "@/bench/lib/stats";

const SETS = [
  "all-allies",
  "post-soviet",
  "asia",
  "middle-east",
  "africa",
  "leaders",
  "military",
  "economy",
  "alliances",
  "numbers",
];
const PLAYERS = 10_000;
const SCORES = 1_000_000;
const SECRET = "benchsecretbenchsecret01";

export type TLeaderboardResult = {
  storedScores: number;
  players: number;
  seedSeconds: number;
  /** The first request, which reads the board into memory. */
  coldLoadMs: number;
  top100: { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number };
  ownRank: { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number };
};

const playerId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** Seeds players, a million finished and posted attempts, and the boards they produce (set bests and sums). */
export async function seedLeaderboards(handle: TDbHandle): Promise<void> {
  const { db, provider } = handle;
  const secretHash = createHash("sha256").update(SECRET).digest("hex");
  const setCase = SETS.map((id, index) => `WHEN ${index} THEN '${id}'`).join(" ");
  await db.$transaction(
    async (tx) => {
      if (provider === "sqlite") {
        await tx.$executeRawUnsafe(`
          WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ${PLAYERS - 1})
          INSERT INTO "Player" ("id", "nickname", "secretHash", "createdAt")
          SELECT printf('00000000-0000-4000-8000-%012d', n), printf('Bench %05d', n), '${secretHash}', strftime('%Y-%m-%dT%H:%M:%f', 'now') || '+00:00' FROM seq`);
        await tx.$executeRawUnsafe(`
          WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ${SCORES - 1})
          INSERT INTO "Attempt" ("id", "playerId", "setId", "scoring", "questionIds", "currentIndex", "startedAt", "finishedAt", "score",
            "accuracyScore", "correctCount", "streak", "totalTimeMs", "postedAt")
          SELECT printf('bench-a-%07d', n), printf('00000000-0000-4000-8000-%012d', n % ${PLAYERS}),
            CASE (n / ${PLAYERS}) % ${SETS.length} ${setCase} END, 'speed', '[]', 10,
            strftime('%Y-%m-%dT%H:%M:%f', 'now', printf('-%d seconds', n % 86400)) || '+00:00',
            strftime('%Y-%m-%dT%H:%M:%f', 'now', printf('-%d seconds', n % 86400)) || '+00:00',
            abs(random()) % 15000, 0, 0, 0, 0, strftime('%Y-%m-%dT%H:%M:%f', 'now') || '+00:00'
          FROM seq`);
      } else {
        await tx.$executeRawUnsafe(`
          INSERT INTO "Player" ("id", "nickname", "secretHash", "createdAt")
          SELECT format('00000000-0000-4000-8000-%s', lpad(n::text, 12, '0')), format('Bench %s', lpad(n::text, 5, '0')), '${secretHash}', now()
          FROM generate_series(0, ${PLAYERS - 1}) AS n`);
        await tx.$executeRawUnsafe(`
          INSERT INTO "Attempt" ("id", "playerId", "setId", "scoring", "questionIds", "currentIndex", "startedAt", "finishedAt", "score",
            "accuracyScore", "correctCount", "streak", "totalTimeMs", "postedAt")
          SELECT format('bench-a-%s', lpad(n::text, 7, '0')), format('00000000-0000-4000-8000-%s', lpad((n % ${PLAYERS})::text, 12, '0')),
            CASE (n / ${PLAYERS}) % ${SETS.length} ${setCase} END, 'speed', '[]', 10,
            now() - (n % 86400) * interval '1 second', now() - (n % 86400) * interval '1 second',
            floor(random() * 15000)::int, 0, 0, 0, 0, now()
          FROM generate_series(0, ${SCORES - 1}) AS n`);
      }
      await tx.$executeRawUnsafe(`
        INSERT INTO "LeaderboardEntry" ("scope", "setId", "period", "playerId", "score", "achievedAt")
        SELECT 'global', "setId", 'all', "playerId", MAX("score"), MIN("finishedAt") FROM "Attempt"
        WHERE "id" LIKE 'bench-a-%' GROUP BY "setId", "playerId"`);
      await tx.$executeRawUnsafe(`
        INSERT INTO "LeaderboardEntry" ("scope", "setId", "period", "playerId", "score", "achievedAt")
        SELECT 'global', '*', 'all', "playerId", SUM("score"), MAX("achievedAt") FROM "LeaderboardEntry"
        WHERE "scope" = 'global' AND "period" = 'all' AND "setId" <> '*' AND "playerId" LIKE '00000000-0000-4000-8000-%' GROUP BY "playerId"`);
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  if (provider === "sqlite") await db.$queryRawUnsafe("ANALYZE");
  else await db.$executeRawUnsafe('ANALYZE "LeaderboardEntry"');
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

function summary(result: autocannon.Result) {
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

export async function leaderboardScenario(
  app: TServer,
  handle: TDbHandle,
  options: { seconds: number; connections: number },
): Promise<TLeaderboardResult> {
  const started = performance.now();
  await seedLeaderboards(handle);
  const seedSeconds = round((performance.now() - started) / 1000, 1);

  // The first request reads the board from the score index into memory; it is timed on its own.
  const coldStart = performance.now();
  const cold = await fetch(`${app.url}/api/leaderboards?set=asia&period=all`);
  if (!cold.ok) throw new Error(`leaderboard: ${cold.status} ${await cold.text()}`);
  const coldLoadMs = round(performance.now() - coldStart, 0);

  const top100 = await run({
    url: `${app.url}/api/leaderboards?set=asia&period=all`,
    connections: options.connections,
    duration: options.seconds,
  });
  // Own rank for players all over the board, each request as another player (their cookie), without the top list.
  let next = 0;
  const ownRank = await run({
    url: app.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request) => {
          const n = (next = (next + 7919) % PLAYERS);
          return {
            ...request,
            method: "GET",
            path: `/api/leaderboards?set=asia&period=all&top=0`,
            headers: { cookie: `quiz_player=${playerId(n)}.${SECRET}` },
          };
        },
      },
    ],
  });
  return { storedScores: SCORES, players: PLAYERS, seedSeconds, coldLoadMs, top100: summary(top100), ownRank: summary(ownRank) };
}
