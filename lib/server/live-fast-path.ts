// The live players' endpoints served by the HTTP server itself, ahead of Next.js: a game's answers arrive in
// bursts of thousands, and Next.js's work per request (routing, rendering context) costs several times what
// the answer does. The endpoints are the same functions Next.js's route handlers call
// (lib/live/player-endpoints.ts); only the way the request arrives differs.
import type { IncomingMessage, ServerResponse } from "node:http";
import { handler } from "../http/handler";

type TEndpoint = (request: Request, gameId: string) => Promise<Response>;
type TEndpoints = { events: TEndpoint; pong: TEndpoint; answers: TEndpoint };

const ROUTE = /^\/api\/games\/([0-9a-f-]{36})\/(events|pong|answers)(?:\?.*)?$/;
const METHODS: Record<keyof TEndpoints, string> = { events: "GET", pong: "POST", answers: "POST" };

let endpoints: Promise<TEndpoints> | undefined;

function loadEndpoints(): Promise<TEndpoints> {
  endpoints ??= import("../live/player-endpoints").then((module) => ({ events: module.playerEvents, pong: module.playerPong, answers: module.playerAnswer }));
  return endpoints;
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === "GET" || req.method === "HEAD") return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // readJson enforces the real limit; this only stops a client from filling the memory.
    if (size > 64 * 1024) break;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A web Request with the body already read: cheaper than a streamed body, and answers are small. */
function toWebRequest(req: IncomingMessage, body: Buffer | undefined, abort: AbortController): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url}`, { method: req.method, headers, body: body ? new Uint8Array(body) : undefined, signal: abort.signal });
}

async function sendWebResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  if (!response.body || !response.headers.get("content-type")?.startsWith("text/event-stream")) {
    const body = Buffer.from(await response.arrayBuffer());
    headers["content-length"] = String(body.length);
    res.writeHead(response.status, headers);
    return void res.end(body);
  }
  // An event stream: its events are written as they come, until either side closes it.
  res.writeHead(response.status, headers);
  res.flushHeaders();
  const reader = response.body.getReader();
  res.once("close", () => void reader.cancel().catch(() => undefined));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
  } catch {
    // the client went away
  }
  res.end();
}

/** Serves the request when it is a live player's endpoint; false to let Next.js have it. */
export function serveLiveFastPath(req: IncomingMessage, res: ServerResponse): boolean {
  const match = ROUTE.exec(req.url ?? "");
  const name = match?.[2] as keyof TEndpoints | undefined;
  if (!match || !name || req.method !== METHODS[name]) return false;
  const abort = new AbortController();
  res.once("close", () => abort.abort());
  const run = handler<string>(async (request, gameId) => (await loadEndpoints())[name](request, gameId));
  void readBody(req)
    .then((body) => run(toWebRequest(req, body, abort), match[1]!))
    .then((response) => sendWebResponse(response, res))
    .catch(() => {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
      res.end();
    });
  return true;
}
