// Joining a live game over HTTP against the production app, where the PIN look-up and the join are served by the
// HTTP server ahead of Next.js: what a student's browser gets (the game cookie in a Set-Cookie header, the
// messages), and admission when a whole class arrives at once (503 with Retry-After, then in on the next try).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, type TTestDatabase } from "@/lib/platform/testing/databases";
import { ensureBuild, startAppServer, type TAppServer } from "@/lib/platform/testing/app-server";

type TCall = {
  status: number;
  json: { [key: string]: unknown } & { error?: { code: string; message: string } };
  headers: Headers;
};

async function call(url: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<TCall> {
  const response = await fetch(url, {
    method: init.body === undefined ? "GET" : "POST",
    headers: { ...(init.body === undefined ? {} : { "Content-Type": "application/json" }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, json: (await response.json()) as TCall["json"], headers: response.headers };
}

async function createGame(app: TAppServer): Promise<{ id: string; pin: string }> {
  const created = await call(`${app.url}/api/games`, {
    body: { mode: "live", setId: "asia", questionCount: 2, secondsPerQuestion: 30, scoring: "speed", shuffle: false },
  });
  expect(created.status).toBe(201);
  return (created.json as { game: { id: string; pin: string } }).game;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("joining a live game on the HTTP server's fast path", () => {
  let database: TTestDatabase;
  let closedDatabase: TTestDatabase;
  let app: TAppServer;
  let closed: TAppServer;

  beforeAll(async () => {
    await ensureBuild();
    database = await createEmptyDatabase("sqlite");
    // Two joins in progress at most: a few dozen at once are enough to saturate it.
    app = await startAppServer(database.target.url, { RATE_LIMIT_SCALE: "100", JOIN_QUEUE_LIMIT: "2" });
    // No join admitted at all: every look-up and join is asked to come back (its own database: one SQLite file
    // belongs to one instance).
    closedDatabase = await createEmptyDatabase("sqlite");
    closed = await startAppServer(closedDatabase.target.url, { RATE_LIMIT_SCALE: "100", JOIN_QUEUE_LIMIT: "0" });
  }, 300_000);
  afterAll(async () => {
    await closed?.stop();
    await app?.stop();
    await closedDatabase?.drop();
    await database?.drop();
  }, 60_000);

  it("gives the joined player their game cookie in a Set-Cookie header, and the browser that sends it back is that player", async () => {
    const game = await createGame(app);
    const lookup = await call(`${app.url}/api/games/lookup?pin=${game.pin}`);
    expect(lookup.status).toBe(200);
    expect(lookup.json).toMatchObject({ game: { id: game.id, status: "lobby" }, rejoin: null });

    const joined = await call(`${app.url}/api/games/join`, { body: { pin: game.pin, nickname: "Ada" } });
    expect(joined.status).toBe(201);
    expect(joined.json).toMatchObject({ gameId: game.id, player: { nickname: "Ada" }, rejoined: false });
    const [setCookie, ...others] = joined.headers.getSetCookie();
    expect(others).toEqual([]);
    expect(setCookie).toMatch(
      new RegExp(`^quiz_game_${game.id}=[0-9a-f-]{36}\\.[A-Za-z0-9_-]+; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax$`),
    );
    // Served ahead of Next.js: no Next.js routing headers on it.
    expect(joined.headers.get("vary")).toBeNull();

    const cookie = setCookie!.split(";")[0]!;
    const me = await call(`${app.url}/api/games/${game.id}/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ me: { nickname: "Ada" } });
    // The same browser looking the PIN up again, or joining again, comes back as Ada without a new cookie.
    expect((await call(`${app.url}/api/games/lookup?pin=${game.pin}`, { headers: { cookie } })).json).toMatchObject({
      rejoin: { nickname: "Ada" },
    });
    const again = await call(`${app.url}/api/games/join`, { body: { pin: game.pin, nickname: "Other" }, headers: { cookie } });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ rejoined: true, player: { nickname: "Ada" } });
    expect(again.headers.getSetCookie()).toEqual([]);
  });

  it("marks the cookie Secure behind an HTTPS proxy, and says a refused nickname in the browser's language", async () => {
    const game = await createGame(app);
    const joined = await call(`${app.url}/api/games/join`, {
      body: { pin: game.pin, nickname: "Bea" },
      headers: { "X-Forwarded-Proto": "https" },
    });
    expect(joined.status).toBe(201);
    expect(joined.headers.getSetCookie()[0]).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);

    const taken = await call(`${app.url}/api/games/join`, { body: { pin: game.pin, nickname: "bea" } });
    expect(taken.status).toBe(409);
    expect(taken.json.error).toEqual({
      code: "nickname_taken",
      message: "someone in this game already has this nickname; choose another",
      fields: [{ field: "nickname", message: "someone in this game already has this nickname; choose another" }],
    });
    const tooShort = (lang: string) =>
      call(`${app.url}/api/games/join`, { body: { pin: game.pin, nickname: "B" }, headers: { cookie: `lang=${lang}` } });
    const [de, en] = [await tooShort("de"), await tooShort("en")];
    expect(de.status).toBe(en.status);
    expect(de.json.error?.code).toMatch(/^nickname_/);
    expect(de.json.error?.message).not.toBe(en.json.error?.message);
  });

  it("asks every joiner to come back shortly (503, Retry-After) when no more joins are admitted", async () => {
    const game = await createGame(closed);
    for (const refused of [
      await call(`${closed.url}/api/games/lookup?pin=${game.pin}`),
      await call(`${closed.url}/api/games/join`, { body: { pin: game.pin, nickname: "Cem" } }),
    ]) {
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("1");
      expect(refused.json.error?.code).toBe("busy");
    }
  });

  it("lets a class arriving at once in, every student on a later try when the server is saturated", async () => {
    const game = await createGame(app);
    const names = Array.from({ length: 40 }, (_, i) => `Kind ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`);
    let asked = 0;
    const joinUntilIn = async (nickname: string) => {
      for (;;) {
        const joined = await call(`${app.url}/api/games/join`, { body: { pin: game.pin, nickname } });
        if (joined.status !== 503) return joined;
        asked++;
        expect(Number(joined.headers.get("retry-after"))).toBeGreaterThan(0);
        await sleep(50 + Math.random() * 100);
      }
    };
    // Two students typing the same name at the same moment: one gets it, the other is told to choose another.
    const results = await Promise.all([...names, names[0]!].map(joinUntilIn));
    expect(asked).toBeGreaterThan(0);
    expect(results.filter((r) => r.status === 201)).toHaveLength(40);
    const [clash] = results.filter((r) => r.status !== 201);
    expect(clash?.status).toBe(409);
    expect(clash?.json.error?.code).toBe("nickname_taken");
    const nicknames = results.flatMap((r) => (r.status === 201 ? [(r.json.player as { nickname: string }).nickname] : []));
    expect(new Set(nicknames).size).toBe(40);
  });
});
