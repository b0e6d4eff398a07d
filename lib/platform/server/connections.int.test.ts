// Connections and resources over real HTTP against the production app: a body too large closes its connection
// (the next request on it used to hang), a request that never finishes arriving is cut after the request timeout
// while event streams stay open past it, and open event streams are capped per address and per player.
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, type TTestDatabase } from "@/lib/platform/testing/databases";
import { ensureBuild, startAppServer, type TAppServer } from "@/lib/platform/testing/app-server";
import { STREAMS_PER_ADDRESS, STREAMS_PER_PLAYER } from "@/lib/platform/realtime/stream-limits";

type TRaw = {
  socket: Socket;
  text: () => string;
  closed: () => boolean;
  waitFor: (test: () => boolean, ms: number) => Promise<boolean>;
};

/** A plain TCP connection to the app, to send exactly the bytes a test needs and watch what comes back. */
async function raw(port: number): Promise<TRaw> {
  const socket = connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let text = "";
  let closed = false;
  socket.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
  socket.on("error", () => undefined);
  socket.on("close", () => (closed = true));
  const waitFor = async (test: () => boolean, ms: number) => {
    for (const started = Date.now(); Date.now() - started < ms; await new Promise((resolve) => setTimeout(resolve, 50))) {
      if (test()) return true;
    }
    return test();
  };
  return { socket, text: () => text, closed: () => closed, waitFor };
}

const request = (method: string, path: string, headers: Record<string, string | number> = {}) =>
  `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("")}\r\n`;

/** Opens a stream on a raw connection; resolves with the connection once the status line is in. */
async function openStream(port: number, path: string, headers: Record<string, string> = {}): Promise<TRaw & { status: number }> {
  const connection = await raw(port);
  connection.socket.write(request("GET", path, { Accept: "text/event-stream", ...headers }));
  await connection.waitFor(() => /^HTTP\/1\.1 \d{3}/.test(connection.text()) || connection.closed(), 30_000);
  return { ...connection, status: Number(/^HTTP\/1\.1 (\d{3})/.exec(connection.text())?.[1] ?? 0) };
}

describe("connections and resources over HTTP", () => {
  let database: TTestDatabase;
  let app: TAppServer;
  const opened: TRaw[] = [];

  beforeAll(async () => {
    await ensureBuild();
    database = await createEmptyDatabase("sqlite");
    app = await startAppServer(database.target.url, { REQUEST_TIMEOUT_SECONDS: "2", RATE_LIMIT_SCALE: "100" });
  }, 300_000);
  afterAll(async () => {
    for (const each of opened) each.socket.destroy();
    await app?.stop();
    await database?.drop();
  });

  it("answers a body over 64 KB to a fast route with 413 and closes that connection", async () => {
    const connection = await raw(app.port);
    const size = 200_000;
    connection.socket.write(
      request("POST", `/api/attempts/${"0".repeat(8)}-0000-0000-0000-${"0".repeat(12)}/answers`, {
        "Content-Type": "application/json",
        "Content-Length": size,
      }),
    );
    connection.socket.write("a".repeat(size));
    connection.socket.write(request("GET", "/api/health"));
    expect(await connection.waitFor(connection.closed, 10_000)).toBe(true);
    expect(connection.text()).toMatch(/^HTTP\/1\.1 413/);
    expect(connection.text()).toMatch(/connection: close/i);
  });

  it("cuts a request whose body never finishes arriving, after the request timeout", async () => {
    const connection = await raw(app.port);
    connection.socket.write(request("POST", "/api/games", { "Content-Type": "application/json", "Content-Length": 1000 }));
    connection.socket.write('{"mode":');
    expect(await connection.waitFor(connection.closed, 8_000)).toBe(true);
  });

  it("keeps an event stream open past the request timeout", async () => {
    const stream = await openStream(app.port, "/api/leaderboards/stream");
    opened.push(stream);
    expect(stream.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(stream.closed()).toBe(false);
    stream.socket.destroy();
  });

  it(`caps anonymous streams at ${STREAMS_PER_ADDRESS} per address, and frees a place when one closes`, async () => {
    const streams: Array<TRaw & { status: number }> = [];
    // In batches: a few at a time is quick, all 300 at once can outrun a loaded machine's accept queue.
    while (streams.length < STREAMS_PER_ADDRESS) {
      const batch = Math.min(25, STREAMS_PER_ADDRESS - streams.length);
      streams.push(...(await Promise.all(Array.from({ length: batch }, () => openStream(app.port, "/api/leaderboards/stream")))));
    }
    opened.push(...streams);
    expect(streams.filter((each) => each.status !== 200)).toEqual([]);
    const refused = await openStream(app.port, "/api/leaderboards/stream");
    expect(refused.status).toBe(429);
    expect(await refused.waitFor(() => refused.text().includes("too_many_streams"), 5_000)).toBe(true);
    streams[0]!.socket.destroy();
    let again = 0;
    for (const started = Date.now(); again !== 200 && Date.now() - started < 5_000;) {
      const attempt = await openStream(app.port, "/api/leaderboards/stream");
      opened.push(attempt);
      again = attempt.status;
    }
    expect(again).toBe(200);
    for (const each of opened) each.socket.destroy();
  });

  it(`caps one player's game streams at ${STREAMS_PER_PLAYER}`, async () => {
    const created = await fetch(`${app.url}/api/games`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        mode: "live",
        setId: "asia",
        questionCount: 1,
        secondsPerQuestion: 20,
        scoring: "speed",
        shuffle: false,
      }),
    });
    expect(created.status).toBe(201);
    const { game } = (await created.json()) as { game: { id: string; pin: string } };
    const joined = await fetch(`${app.url}/api/games/join`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ pin: game.pin, nickname: "Ada" }),
    });
    expect(joined.status).toBe(201);
    const cookie = joined.headers
      .getSetCookie()
      .find((each) => each.startsWith(`quiz_game_${game.id}=`))!
      .split(";")[0]!;
    const path = `/api/games/${game.id}/events`;
    const streams = [];
    for (let i = 0; i < STREAMS_PER_PLAYER; i++) streams.push(await openStream(app.port, path, { Cookie: cookie }));
    opened.push(...streams);
    expect(streams.map((each) => each.status)).toEqual(Array(STREAMS_PER_PLAYER).fill(200));
    const refused = await openStream(app.port, path, { Cookie: cookie });
    opened.push(refused);
    expect(refused.status).toBe(429);
  });
});
