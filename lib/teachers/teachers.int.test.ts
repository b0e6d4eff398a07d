// Teacher accounts over real HTTP against the production app, on SQLite and PostgreSQL: signing up and in by
// user name or e-mail, wrong passwords slowing the next try, the recovery code, signing out everywhere; classes
// that belong to their teacher (another teacher gets 404), the roster and removing a student; games hosted from
// any signed-in device and handed to a projector PC by a one-time code; claiming what was made before signing
// in; nicknames unique by their look-alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, createTestDatabase, TEST_PROVIDERS, type TTestDatabase } from "@/lib/platform/testing/databases";
import { ensureBuild, startAppServer, type TAppServer } from "@/lib/platform/testing/app-server";
import { createHandover, redeemHandover } from "@/lib/games/queries/handover";
import type { TDbHandle } from "@/lib/platform/db/client";

/** A browser: its own cookie jar. */
function browser(base: () => string) {
  const jar = new Map<string, string>();
  const call = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${base()}${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: {
        ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
        Cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; "),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      redirect: "manual",
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(";");
      const [name, value] = [pair!.slice(0, pair!.indexOf("=")), pair!.slice(pair!.indexOf("=") + 1)];
      if (attributes.some((part) => /max-age=0/i.test(part)) || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies of many shapes, read by the test
    return { status: response.status, headers: response.headers, json: json as Record<string, any>, text };
  };
  return { call, jar };
}

const PASSWORD = "richtig-geheim-1";

describe.each(TEST_PROVIDERS)("teacher accounts over HTTP on %s", (provider) => {
  let database: TTestDatabase;
  let app: TAppServer;
  const base = () => app.url;

  beforeAll(async () => {
    await ensureBuild();
    database = await createEmptyDatabase(provider);
    app = await startAppServer(database.target.url);
  }, 240_000);
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("signs up by user name, refuses a second account of the same name, and signs in by e-mail too", async () => {
    const teacher = browser(base);
    const up = await teacher.call("/api/teacher/sign-up", {
      body: { name: "Frau Berger", login: "frau.berger", password: PASSWORD },
    });
    expect(up.status).toBe(201);
    expect(up.json.recoveryCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const cookie = up.headers.getSetCookie().find((line) => line.startsWith("quiz_teacher"))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http on a LAN
    const page = await teacher.call("/classroom");
    expect(page.text).toContain("Frau Berger");

    const twin = await browser(base).call("/api/teacher/sign-up", {
      body: { name: "Xaver", login: "Frau.Berger", password: PASSWORD },
    });
    expect(twin.status).toBe(409);
    expect(twin.json.error.code).toBe("login_taken");

    const mail = browser(base);
    expect(
      (await mail.call("/api/teacher/sign-up", { body: { name: "Herr Kaya", login: "Kaya@Schule.example", password: PASSWORD } }))
        .status,
    ).toBe(201);
    const again = browser(base);
    const signedIn = await again.call("/api/teacher/sign-in", { body: { login: "kaya@schule.example", password: PASSWORD } });
    expect(signedIn.status).toBe(200);
    expect((await again.call("/classroom")).text).toContain("Herr Kaya");

    const bad = await browser(base).call("/api/teacher/sign-up", { body: { name: "Y", login: "a b", password: "short" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields.map((field: { field: string }) => field.field)).toContain("password");
  });

  it("makes the next try wait after wrong passwords, for that account only, and a right one still works after the wait", async () => {
    const owner = browser(base);
    await owner.call("/api/teacher/sign-up", { body: { name: "Frau Lenz", login: "lenz", password: PASSWORD } });
    const guesser = browser(base);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await guesser.call("/api/teacher/sign-in", { body: { login: "lenz", password: `falsch-${i}-xxxx` } })).status,
      );
    // Three free tries, then the account waits a growing delay.
    expect(statuses).toEqual([401, 401, 401, 429]);
    const waiting = await guesser.call("/api/teacher/sign-in", { body: { login: "lenz", password: PASSWORD } });
    expect(waiting.status).toBe(429);
    expect(Number(waiting.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // Another account from the same address is not held up.
    expect((await guesser.call("/api/teacher/sign-in", { body: { login: "frau.berger", password: PASSWORD } })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, Number(waiting.headers.get("retry-after")) * 1000 + 100));
    expect((await owner.call("/api/teacher/sign-in", { body: { login: "lenz", password: PASSWORD } })).status).toBe(200);
  });

  it("sets a new password with the recovery code, signs out every other device and issues a new code", async () => {
    const laptop = browser(base);
    const up = await laptop.call("/api/teacher/sign-up", { body: { name: "Frau Vogt", login: "vogt", password: PASSWORD } });
    const phone = browser(base);
    await phone.call("/api/teacher/sign-in", { body: { login: "vogt", password: PASSWORD } });
    const stranger = browser(base);
    const wrong = await stranger.call("/api/teacher/recover", {
      body: { login: "vogt", recoveryCode: "AAAA-BBBB-CCCC-DDDD", newPassword: "neues-passwort-1" },
    });
    expect(wrong.status).toBe(401);
    const recovered = await stranger.call("/api/teacher/recover", {
      body: {
        login: "vogt",
        recoveryCode: up.json.recoveryCode.toLowerCase().replace(/-/g, " "),
        newPassword: "neues-passwort-1",
      },
    });
    expect(recovered.status).toBe(200);
    expect(recovered.json.recoveryCode).not.toBe(up.json.recoveryCode);
    expect((await stranger.call("/classroom")).text).toContain("Frau Vogt");
    expect((await laptop.call("/classroom")).text).not.toContain("Frau Vogt");
    expect((await phone.call("/classroom")).text).not.toContain("Frau Vogt");
    expect((await browser(base).call("/api/teacher/sign-in", { body: { login: "vogt", password: PASSWORD } })).status).toBe(401);
    // The used code is spent.
    const reused = await browser(base).call("/api/teacher/recover", {
      body: { login: "vogt", recoveryCode: up.json.recoveryCode, newPassword: "noch-ein-passwort" },
    });
    expect(reused.status).toBe(401);
  });

  it("signs out everywhere", async () => {
    const one = browser(base);
    await one.call("/api/teacher/sign-up", { body: { name: "Herr Roth", login: "roth", password: PASSWORD } });
    const two = browser(base);
    await two.call("/api/teacher/sign-in", { body: { login: "roth", password: PASSWORD } });
    expect((await two.call("/classroom")).text).toContain("Herr Roth");
    expect((await one.call("/api/teacher/sign-out", { body: { everywhere: true } })).status).toBe(200);
    expect((await one.call("/classroom")).text).not.toContain("Herr Roth");
    expect((await two.call("/classroom")).text).not.toContain("Herr Roth");
  });

  it("keeps a class to its teacher: roster, join code, removal; another teacher gets 404, nobody signed in 401", async () => {
    const teacher = browser(base);
    await teacher.call("/api/teacher/sign-up", { body: { name: "Frau Weiß", login: "weiss", password: PASSWORD } });
    const other = browser(base);
    await other.call("/api/teacher/sign-up", { body: { name: "Herr Sommer", login: "sommer", password: PASSWORD } });
    expect((await browser(base).call("/api/groups", { body: { name: "8b", scoring: "speed" } })).status).toBe(401);
    const created = await teacher.call("/api/groups", { body: { name: "8b", scoring: "speed" } });
    expect(created.status).toBe(201);
    const group = created.json.group as { id: string; joinCode: string };

    const student = browser(base);
    expect((await student.call("/api/groups/join", { body: { code: group.joinCode, nickname: "Mira" } })).status).toBe(200);
    // The class's page data: the join code for its teacher only.
    expect((await student.call(`/api/groups/${group.id}`)).json.group.joinCode).toBeUndefined();
    expect((await teacher.call(`/api/groups/${group.id}`)).json.group.joinCode).toBe(group.joinCode);

    const roster = await teacher.call(`/api/groups/${group.id}/members`);
    expect(roster.json.members.map((member: { nickname: string }) => member.nickname)).toEqual(["Mira"]);
    for (const [method, path, body] of [
      ["GET", `/api/groups/${group.id}/members`, undefined],
      ["PATCH", `/api/groups/${group.id}`, { scoring: "accuracy" }],
      ["POST", `/api/groups/${group.id}/code`, {}],
      ["DELETE", `/api/groups/${group.id}/members/${roster.json.members[0].playerId}`, undefined],
    ] as const) {
      const refused = await other.call(path, { method, body });
      expect(refused.status, `${method} ${path}`).toBe(404);
      expect(refused.text).not.toContain("Mira");
    }
    expect((await other.call(`/classroom/classes/${group.id}`)).status).toBe(404);
    expect((await browser(base).call(`/api/groups/${group.id}/members`)).status).toBe(401);
    // Another teacher cannot put a game on this class either.
    const foreign = await other.call("/api/games", {
      body: {
        mode: "live",
        setId: "all-allies",
        questionCount: 3,
        secondsPerQuestion: 20,
        scoring: "speed",
        shuffle: false,
        groupId: group.id,
      },
    });
    expect(foreign.status).toBe(404);

    const renewed = await teacher.call(`/api/groups/${group.id}/code`, { body: {} });
    expect(renewed.json.group.joinCode).not.toBe(group.joinCode);
    expect((await browser(base).call("/api/groups/join", { body: { code: group.joinCode, nickname: "Zoe" } })).status).toBe(404);

    const removed = await teacher.call(`/api/groups/${group.id}/members/${roster.json.members[0].playerId}`, {
      method: "DELETE",
    });
    expect(removed.status).toBe(200);
    expect((await teacher.call(`/api/groups/${group.id}/members`)).json.members).toEqual([]);
  });

  it("hosts a game from any device signed in to its account, and hands it to a projector PC by a one-time code", async () => {
    const laptop = browser(base);
    await laptop.call("/api/teacher/sign-up", { body: { name: "Frau Haas", login: "haas", password: PASSWORD } });
    const created = await laptop.call("/api/games", {
      body: { mode: "live", setId: "all-allies", questionCount: 3, secondsPerQuestion: 20, scoring: "speed", shuffle: false },
    });
    expect(created.status).toBe(201);
    const gameId = created.json.game.id as string;

    // Another device of the same teacher: signed in, no host key.
    const tablet = browser(base);
    await tablet.call("/api/teacher/sign-in", { body: { login: "haas", password: PASSWORD } });
    expect((await tablet.call(`/api/games/${gameId}/report`)).status).toBe(200);
    // Someone else, signed in or not, is refused.
    const other = browser(base);
    await other.call("/api/teacher/sign-up", { body: { name: "Herr Maier", login: "maier", password: PASSWORD } });
    expect((await other.call(`/api/games/${gameId}/report`)).status).toBe(403);
    expect((await other.call(`/api/games/${gameId}/handover`, { body: {} })).status).toBe(403);

    const projector = browser(base);
    expect((await projector.call(`/host/${gameId}`)).text).toContain("/host/connect");
    const handover = await tablet.call(`/api/games/${gameId}/handover`, { body: {} });
    expect(handover.status).toBe(201);
    expect(handover.json.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(handover.json.qrSvg).toContain("<svg");
    expect((await projector.call("/api/games/handover", { body: { code: "nope" } })).status).toBe(400);
    expect((await projector.call("/api/games/handover", { body: { code: "ABCD-EFGH" } })).status).toBe(404);
    const redeemed = await projector.call("/api/games/handover", { body: { code: handover.json.code.toLowerCase() } });
    expect(redeemed.status).toBe(200);
    expect(redeemed.json.gameId).toBe(gameId);
    // The projector controls the game now, without an account.
    const started = await projector.call(`/api/games/${gameId}/actions`, { body: { action: "start" } });
    expect(started.status, started.text).not.toBe(403);
    // A code works once.
    const reused = await browser(base).call("/api/games/handover", { body: { code: handover.json.code } });
    expect(reused.status).toBe(410);
    expect(reused.json.error.code).toBe("handover_used");
  });

  it("moves games made before signing in into the account, and starts one again with the same settings", async () => {
    const teacher = browser(base);
    const made = await teacher.call("/api/games", {
      body: {
        mode: "assignment",
        setId: "all-allies",
        questionCount: 4,
        secondsPerQuestion: null,
        scoring: "accuracy",
        shuffle: true,
        deadline: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    expect(made.status).toBe(201);
    await teacher.call("/api/teacher/sign-up", { body: { name: "Herr Brandt", login: "brandt", password: PASSWORD } });
    expect((await teacher.call("/classroom")).text).toMatch(/1 Spiel|1 game/);
    const claimed = await teacher.call("/api/teacher/claim", { body: { groups: [] } });
    expect(claimed.json).toEqual({ games: 1, groups: 0 });
    // Another device of the account finds it.
    const phone = browser(base);
    await phone.call("/api/teacher/sign-in", { body: { login: "brandt", password: PASSWORD } });
    expect((await phone.call(`/api/games/${made.json.game.id}/report`)).status).toBe(200);
    const again = await phone.call(`/api/games/${made.json.game.id}/again`, { body: {} });
    expect(again.status).toBe(201);
    expect(again.json.game).toMatchObject({ mode: "assignment", questionCount: 4 });
    expect(again.json.game.id).not.toBe(made.json.game.id);
    // A running assignment is not deleted; an ended one is, with its report.
    expect((await phone.call(`/api/games/${made.json.game.id}`, { method: "DELETE" })).status).toBe(409);
    expect((await phone.call(`/api/games/${made.json.game.id}/actions`, { body: { action: "end" } })).status).toBe(200);
    expect((await phone.call(`/api/games/${made.json.game.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await phone.call(`/api/games/${made.json.game.id}/report`)).status).toBe(404);
  });

  it("keeps nicknames unique on the boards, look-alikes included", async () => {
    const anna = browser(base);
    expect((await anna.call("/api/me/nickname", { method: "PUT", body: { nickname: "Anna" } })).status).toBe(200);
    const twin = browser(base);
    const refused = await twin.call("/api/me/nickname", { method: "PUT", body: { nickname: "Аnna" } }); // Cyrillic А
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("nickname_taken");
    expect((await twin.call("/api/me/nickname", { method: "PUT", body: { nickname: "ANNA " } })).status).toBe(409);
    expect((await twin.call("/api/me/nickname", { method: "PUT", body: { nickname: "Anne" } })).status).toBe(200);
  });
});

describe.each(TEST_PROVIDERS)("handover codes on %s", (provider) => {
  let database: TTestDatabase;
  let handle: TDbHandle;
  beforeAll(async () => {
    const migrated = await createTestDatabase(provider);
    database = migrated;
    handle = migrated.handle;
  });
  afterAll(async () => {
    await handle?.db.$disconnect();
    await database?.drop();
  });

  it("expires after five minutes and is used once even when two devices redeem it at the same moment", async () => {
    const game = await handle.db.game.create({
      data: {
        id: crypto.randomUUID(),
        hostHash: "x",
        mode: "live",
        setId: "all-allies",
        settings: "{}",
        questionIds: "[]",
        status: "lobby",
      },
    });
    const now = new Date("2026-11-30T10:00:00Z");
    const late = await createHandover(handle.db, game.id, now);
    expect(await redeemHandover(handle.db, late.code, new Date(now.getTime() + 5 * 60_000 + 1))).toEqual({
      ok: false,
      reason: "expired",
    });
    const fresh = await createHandover(handle.db, game.id, now);
    const both = await Promise.all([redeemHandover(handle.db, fresh.code, now), redeemHandover(handle.db, fresh.code, now)]);
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    expect(await handle.db.gameHostDevice.count({ where: { gameId: game.id } })).toBe(1);
  });
});
