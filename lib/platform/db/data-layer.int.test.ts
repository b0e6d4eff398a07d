// The same data-layer checks against SQLite and PostgreSQL: the models behave alike on both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TMigratedTestDatabase } from "@/lib/platform/testing/databases";

describe.each(TEST_PROVIDERS)("data layer on %s", (provider) => {
  let database: TMigratedTestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("stores a player, an attempt and its answers, and reads them back", async () => {
    const { db } = database.handle;
    await db.player.create({ data: { id: "p1", nickname: "Anna", secretHash: "h1" } });
    await db.attempt.create({
      data: { id: "a1", playerId: "p1", setId: "all", questionIds: JSON.stringify(["q1", "q2"]) },
    });
    await db.attemptAnswer.create({
      data: { attemptId: "a1", questionId: "q1", position: 0, answer: '"x"', correct: true, points: 900, timeMs: 1200 },
    });
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: "a1" }, include: { answers: true, player: true } });
    expect(attempt.player.nickname).toBe("Anna");
    expect(attempt.answers).toHaveLength(1);
    expect(attempt.answers[0]).toMatchObject({ questionId: "q1", correct: true, points: 900 });
    expect(attempt.startedAt).toBeInstanceOf(Date);
  });

  it("refuses a second answer to the same question of an attempt", async () => {
    const { db } = database.handle;
    const again = db.attemptAnswer.create({
      data: { attemptId: "a1", questionId: "q1", position: 0, answer: '"y"', correct: false, points: 0, timeMs: 10 },
    });
    await expect(again).rejects.toMatchObject({ code: "P2002" });
    expect(await db.attemptAnswer.count({ where: { attemptId: "a1" } })).toBe(1);
  });

  it("keeps Unicode nicknames intact", async () => {
    const { db } = database.handle;
    await db.player.create({ data: { id: "p-uni", nickname: "Jürgen Ößé – 北京", secretHash: "h" } });
    expect((await db.player.findUniqueOrThrow({ where: { id: "p-uni" } })).nickname).toBe("Jürgen Ößé – 北京");
  });

  it("answers a leaderboard's top N in score order and a rank by counting the index", async () => {
    const { db } = database.handle;
    const scores = [500, 900, 700, 900, 100];
    for (const [i, score] of scores.entries()) {
      await db.player.create({ data: { id: `lb${i}`, secretHash: "h" } });
      await db.leaderboardEntry.create({
        data: { scope: "global", setId: "s", period: "all", playerId: `lb${i}`, score, achievedAt: new Date(1_000 + i) },
      });
    }
    const top = await db.leaderboardEntry.findMany({
      where: { scope: "global", setId: "s", period: "all" },
      orderBy: [{ score: "desc" }, { achievedAt: "asc" }],
      take: 3,
    });
    expect(top.map((entry) => [entry.playerId, entry.score])).toEqual([
      ["lb1", 900],
      ["lb3", 900],
      ["lb2", 700],
    ]);
    const above = await db.leaderboardEntry.count({ where: { scope: "global", setId: "s", period: "all", score: { gt: 500 } } });
    expect(above + 1).toBe(4);
  });

  it("plans top-N and rank queries on the leaderboard index, not a table scan", async () => {
    const { db } = database.handle;
    const topSql = `SELECT "playerId", "score" FROM "LeaderboardEntry" WHERE "scope" = 'global' AND "setId" = 's' AND "period" = 'all' ORDER BY "score" DESC, "achievedAt" ASC LIMIT 100`;
    const rankSql = `SELECT COUNT(*) FROM "LeaderboardEntry" WHERE "scope" = 'global' AND "setId" = 's' AND "period" = 'all' AND "score" > 500`;
    const index = "LeaderboardEntry_scope_setId_period_score_achievedAt_idx";
    if (provider === "sqlite") {
      for (const sql of [topSql, rankSql]) {
        const plan = await db.$queryRawUnsafe<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${sql}`);
        const details = plan.map((row) => row.detail).join(" | ");
        expect(details).toContain(index);
        expect(details).not.toMatch(/SCAN "?LeaderboardEntry"?(?! USING)/);
        expect(details).not.toContain("TEMP B-TREE");
      }
    } else {
      // A tiny table is cheapest to scan, so forbid scans to prove the index serves both queries.
      await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        for (const sql of [topSql, rankSql]) {
          const plan = await tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(`EXPLAIN ${sql}`);
          const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
          expect(text).toContain(index);
          expect(text).not.toContain("Seq Scan");
          expect(text).not.toMatch(/^\s*->\s*Sort/m);
        }
      });
    }
  });

  it("keeps a game's nicknames unique and releases a PIN for reuse", async () => {
    const { db } = database.handle;
    const settings = JSON.stringify({ questionCount: 5 });
    await db.game.create({
      data: { id: "g1", pin: "123456", hostHash: "h", mode: "live", setId: "all", settings, questionIds: "[]", status: "lobby" },
    });
    await db.gamePlayer.create({ data: { id: "gp1", gameId: "g1", nickname: "Kim", nicknameKey: "kim", secretHash: "s" } });
    await expect(
      db.gamePlayer.create({ data: { id: "gp2", gameId: "g1", nickname: "KIM", nicknameKey: "kim", secretHash: "s" } }),
    ).rejects.toMatchObject({
      code: "P2002",
    });
    await expect(
      db.game.create({
        data: {
          id: "g2",
          pin: "123456",
          hostHash: "h",
          mode: "live",
          setId: "all",
          settings,
          questionIds: "[]",
          status: "lobby",
        },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
    await db.game.update({ where: { id: "g1" }, data: { pin: null, status: "ended", endedAt: new Date() } });
    await db.game.create({
      data: { id: "g2", pin: "123456", hostHash: "h", mode: "live", setId: "all", settings, questionIds: "[]", status: "lobby" },
    });
    expect(await db.game.count({ where: { pin: "123456" } })).toBe(1);
  });
});
