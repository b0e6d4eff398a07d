// A whole live game over HTTP against real app servers. On PostgreSQL: two instances on one database, the host
// on instance A and the players' streams on instance B, so every step must fan out through LISTEN/NOTIFY; then
// instance A is stopped and the host carries on from a fresh instance (the game's state is in the database).
// On SQLite: the same game on one instance (in-process fan-out).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, TEST_PROVIDERS, type TTestDatabase } from "@/lib/platform/testing/databases";
import { ensureBuild, startAppServer, type TAppServer } from "@/lib/platform/testing/app-server";
import { openSse, type TSseClient, type TSseEvent } from "@/lib/platform/testing/sse-client";

// Responses and events are checked by the assertions themselves.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TJson = any;
type TPlayer = { nickname: string; cookie: string; id: string; stream?: TSseClient };

async function call(url: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { ...(init.body === undefined ? {} : { "Content-Type": "application/json" }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // CSV or empty
  }
  return { status: response.status, json: json as TJson, headers: response.headers, text };
}

const of =
  (name: string, match: (data: TJson) => boolean = () => true) =>
  (event: TSseEvent) =>
    event.event === name && match(event.data);

describe.each(TEST_PROVIDERS)("a live game over HTTP on %s", (provider) => {
  let database: TTestDatabase;
  let a: TAppServer;
  let b: TAppServer;
  const streams: TSseClient[] = [];

  beforeAll(async () => {
    await ensureBuild();
    database = await createEmptyDatabase(provider);
    a = await startAppServer(database.target.url, { RATE_LIMIT_SCALE: "100" });
    // On SQLite one instance plays both parts.
    b = provider === "postgresql" ? await startAppServer(database.target.url, { RATE_LIMIT_SCALE: "100" }) : a;
  }, 300_000);

  afterAll(async () => {
    for (const stream of streams) stream.close();
    await b?.stop();
    await a?.stop();
    await database?.drop();
  }, 60_000);

  it("plays a game whose host and players are on different instances, and survives the host's instance stopping", async () => {
    const created = await call(`${a.url}/api/games`, {
      body: { mode: "live", setId: "asia", questionCount: 2, secondsPerQuestion: 60, scoring: "speed", shuffle: false },
    });
    expect(created.status).toBe(201);
    const { game, hostKey } = created.json as { game: { id: string; pin: string }; hostKey: string };
    const host = { Authorization: `Bearer ${hostKey}` };
    const hostStream = await openSse(`${a.url}/api/games/${game.id}/host/events`, host);
    streams.push(hostStream);
    await hostStream.next(of("state", (d) => d.game.status === "lobby"));

    const players: TPlayer[] = [];
    for (const nickname of ["Ada", "Ben", "Cem"]) {
      const joined = await call(`${b.url}/api/games/join`, { body: { pin: game.pin, nickname } });
      expect(joined.status).toBe(201);
      const cookie = joined.headers
        .getSetCookie()
        .find((c) => c.startsWith(`quiz_game_${game.id}=`))!
        .split(";")[0]!;
      players.push({ nickname, cookie, id: joined.json.player.id });
    }
    // Joins on B reach the host's lobby on A.
    await hostStream.next(of("lobby", (d) => d.total === 3));
    expect((await call(`${b.url}/api/games/join`, { body: { pin: game.pin, nickname: "ada" } })).json.error.code).toBe(
      "nickname_taken",
    );

    for (const player of players) {
      player.stream = await openSse(`${b.url}/api/games/${game.id}/events`, { Cookie: player.cookie });
      streams.push(player.stream);
      const hello = await player.stream.next(of("hello"));
      expect(hello.data).toMatchObject({ me: { nickname: player.nickname } });
      const pong = await call(`${b.url}/api/games/${game.id}/pong`, {
        body: { pingId: (hello.data as { pingId: string }).pingId },
        headers: { Cookie: player.cookie },
      });
      expect(pong.status).toBe(204);
    }

    // A student who knows the PIN cannot control the game.
    expect(
      (
        await call(`${b.url}/api/games/${game.id}/actions`, {
          body: { action: "start" },
          headers: { Cookie: players[0]!.cookie },
        })
      ).status,
    ).toBe(403);
    expect((await call(`${a.url}/api/games/${game.id}/actions`, { body: { action: "start" }, headers: host })).status).toBe(200);

    const questions = await Promise.all(players.map((p) => p.stream!.next(of("question", (d) => d.index === 0))));
    const question = (questions[0]!.data as { question: { id: string; kind: string; options: Array<{ id: string }> } }).question;
    expect(question).not.toHaveProperty("answer");

    // Answers through both instances; the same player's second answer does not count.
    const answer = (player: TPlayer, server: TAppServer, index: number, value: unknown) =>
      call(`${server.url}/api/games/${game.id}/answers`, {
        body: { questionIndex: index, answer: value, timeMs: 1_500 },
        headers: { Cookie: player.cookie },
      });
    const optionIds = question.options.map((o) => o.id);
    expect((await answer(players[0]!, a, 0, optionIds[0])).status).toBe(201);
    expect((await answer(players[0]!, b, 0, optionIds[1])).json).toMatchObject({ status: "duplicate" });
    expect((await answer(players[1]!, b, 0, optionIds[1])).status).toBe(201);
    expect((await answer(players[1]!, a, 1, optionIds[1])).json.error.code).toBe("not_current_question");
    await hostStream.next(of("count", (d) => d.index === 0 && d.answered === 2 && d.players === 3));
    expect((await answer(players[2]!, a, 0, optionIds[2] ?? optionIds[0])).status).toBe(201);

    // Everyone answered: the question closes without waiting for the clock; each player gets their own result.
    const results = await Promise.all(players.map((p) => p.stream!.next(of("result", (d) => d.result.index === 0))));
    const reveal = await hostStream.next(of("state", (d) => d.game.status === "reveal"));
    const top = (reveal.data as { reveal: { top: Array<{ nickname: string; score: number; rank: number }>; answered: number } })
      .reveal;
    expect(top.answered).toBe(3);
    for (const [i, result] of results.entries()) {
      const mine = (result.data as { result: { score: number; rank: number } }).result;
      const standing = top.top.find((s) => s.nickname === players[i]!.nickname)!;
      expect(mine).toMatchObject({ score: standing.score, rank: standing.rank });
    }
    expect((await answer(players[2]!, b, 0, optionIds[0])).json.error.code).toMatch(/question_closed|not_current_question/);

    // The host's instance stops; the host carries on from another instance.
    const oldA = a;
    hostStream.close();
    if (provider === "postgresql") {
      await oldA.stop();
      a = await startAppServer(database.target.url, { RATE_LIMIT_SCALE: "100" });
    }
    const hostAgain = await openSse(`${a.url}/api/games/${game.id}/host/events`, host);
    streams.push(hostAgain);
    await hostAgain.next(of("state", (d) => d.game.status === "reveal" && d.reveal.index === 0));
    expect((await call(`${a.url}/api/games/${game.id}/actions`, { body: { action: "next" }, headers: host })).status).toBe(200);
    await Promise.all(players.map((p) => p.stream!.next(of("question", (d) => d.index === 1))));
    expect((await call(`${a.url}/api/games/${game.id}/actions`, { body: { action: "end" }, headers: host })).status).toBe(200);
    const finals = await Promise.all(players.map((p) => p.stream!.next(of("final"))));

    const report = await call(`${b.url}/api/games/${game.id}/report`, { headers: host });
    expect(report.status).toBe(200);
    const rows = report.json.report.players as Array<{ nickname: string; score: number; rank: number; answered: number }>;
    for (const [i, final] of finals.entries()) {
      const place = final.data as { rank: number; score: number };
      expect(rows.find((row) => row.nickname === players[i]!.nickname)).toMatchObject({
        rank: place.rank,
        score: place.score,
        answered: 1,
      });
    }
    expect(report.json.report.questions).toHaveLength(2);
    const csv = await call(`${b.url}/api/games/${game.id}/report?format=csv&lang=en`, { headers: host });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(csv.text.trim().split("\r\n")).toHaveLength(1 + 3 * 2);
    expect((await call(`${b.url}/api/games/${game.id}/report`, { headers: { Cookie: players[0]!.cookie } })).status).toBe(403);
  }, 120_000);
});
