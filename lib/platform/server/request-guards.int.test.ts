// Requests and responses at the edge of the app, over real HTTP against the production build: broken
// percent-encoding and unknown methods get a clear 4xx, every response carries the security headers and pages a
// nonce-based CSP, cookies are Secure behind HTTPS, one host cookie serves all of a browser's games, and a class's
// join code is shown to its teacher only.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, type TTestDatabase } from "@/lib/platform/testing/databases";
import { ensureBuild, startAppServer, type TAppServer } from "@/lib/platform/testing/app-server";

const ID = "0f0e0d0c-0b0a-4909-8807-060504030201";

describe("requests and responses at the edge", () => {
  let database: TTestDatabase;
  let app: TAppServer;
  const get = (path: string, init: RequestInit = {}) => fetch(`${app.url}${path}`, { redirect: "manual", ...init });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    get(path, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
  const newGame = (headers: Record<string, string> = {}) =>
    post(
      "/api/games",
      { mode: "live", setId: "asia", questionCount: 1, secondsPerQuestion: 20, scoring: "speed", shuffle: false },
      headers,
    );

  beforeAll(async () => {
    await ensureBuild();
    database = await createEmptyDatabase("sqlite");
    app = await startAppServer(database.target.url, { RATE_LIMIT_SCALE: "100" });
  }, 300_000);
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it.each(["/api/games/%ZZ/me", "/api/groups/%ZZ", "/api/games/%E0%A4%A/report", "/api/attempts/%/results"])(
    "answers %s (broken percent-encoding) with a JSON 400",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "malformed_url", message: expect.stringMatching(/%25/) } });
    },
  );

  it.each(["/host/%ZZ", "/groups/%ZZ", "/play/%ZZ%ZZ"])("answers the page %s with the 404 page", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    // The app's own 404 page (German by default), not a plain-text error.
    expect(await response.text()).toMatch(/<h1>Diese Seite gibt es nicht<\/h1>/);
  });

  /** fetch refuses to send TRACE, so node:http does. */
  const trace = (path: string) =>
    new Promise<{ status: number; allow: string; body: string }>((resolve, reject) => {
      const req = httpRequest(`${app.url}${path}`, { method: "TRACE" }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: String(res.headers.allow ?? ""), body }));
      });
      req.on("error", reject);
      req.end();
    });

  it("refuses TRACE with 405: JSON for the API, text for pages", async () => {
    const api = await trace("/api/health");
    expect(api.status).toBe(405);
    expect(api.allow).toMatch(/GET/);
    expect(JSON.parse(api.body)).toMatchObject({ error: { code: "method_not_allowed" } });
    expect((await trace("/")).status).toBe(405);
  });

  it("sends a page with a fresh nonce-based Content-Security-Policy that its scripts carry", async () => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const response = await get("/");
      expect(response.status).toBe(200);
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy).toMatch(/frame-ancestors 'none'/);
      expect(policy).toMatch(/object-src 'none'/);
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce).toBeTruthy();
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it.each(["/", "/api/health", "/api/leaderboards?set=asia&period=all"])(
    "sends the baseline security headers on %s",
    async (path) => {
      const response = await get(path);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    },
  );

  it("marks cookies Secure when the request came over HTTPS (X-Forwarded-Proto), not over plain HTTP", async () => {
    const plain = await newGame();
    expect(plain.headers.getSetCookie().join("\n")).not.toMatch(/;\s*secure/i);
    const https = await newGame({ "X-Forwarded-Proto": "https" });
    const cookies = https.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*secure/i);
  });

  it("keeps one host cookie for all the games a browser creates, and it controls each of them", async () => {
    let cookie = "";
    const games: string[] = [];
    for (let i = 0; i < 200; i++) {
      const created = await newGame(cookie ? { Cookie: cookie } : {});
      expect(created.status).toBe(201);
      const setCookies = created.headers.getSetCookie().map((each) => each.split(";")[0]!);
      expect(setCookies.filter((each) => each.startsWith("quiz_host"))).toHaveLength(1);
      const host = setCookies.find((each) => each.startsWith("quiz_host="))!;
      if (cookie) expect(host).toBe(cookie);
      cookie = host;
      games.push(((await created.json()) as { game: { id: string } }).game.id);
    }
    for (const id of [games[0]!, games[199]!]) {
      const locked = await post(`/api/games/${id}/actions`, { action: "lock" }, { Cookie: cookie });
      expect(locked.status).toBe(200);
    }
    const stranger = await post(`/api/games/${games[1]!}/actions`, { action: "lock" });
    expect(stranger.status).toBe(403);
  });

  it("shows a class's join code to its teacher only, not on the class page", async () => {
    const signedUp = await post("/api/teacher/sign-up", { name: "Frau Roth", login: "roth.9b", password: "roth-passwort-1" });
    expect(signedUp.status).toBe(201);
    const session = signedUp.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const created = await post("/api/groups", { name: "Klasse 9b", scoring: "speed" }, { Cookie: session });
    expect(created.status).toBe(201);
    const { group } = (await created.json()) as { group: { id: string; joinCode: string } };
    const page = await get(`/groups/${group.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Klasse 9b");
    expect(html).not.toContain(group.joinCode);
    const anyone = (await (await get(`/api/groups/${group.id}`)).json()) as { group: Record<string, unknown> };
    expect(anyone.group).not.toHaveProperty("joinCode");
    const teacher = (await (await get(`/api/groups/${group.id}`, { headers: { Cookie: session } })).json()) as {
      group: Record<string, unknown>;
    };
    expect(teacher.group.joinCode).toBe(group.joinCode);
  });

  it("still serves ordinary ids and pages", async () => {
    expect([401, 404]).toContain((await get(`/api/games/${ID}/me`)).status);
    expect((await get("/api/health")).status).toBe(200);
  });
});
