// The endpoints hit hardest, served by the HTTP server itself ahead of Next.js: a live game's answers and
// events arrive in bursts of thousands, self-study answers and leaderboard reads come from every player, and
// Next.js's work per request (routing, rendering context) costs several times what the endpoint does. They are
// the same functions the Next.js route handlers call; only the way the request arrives differs. The table of
// them is the app's (app/api/fast-routes.ts); this file only serves it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { requestWithBody } from "@/lib/platform/http/body";
import { handler } from "@/lib/platform/http/handler";
import { directSse } from "@/lib/platform/realtime/sse";

export type TEndpoint = (request: Request, id: string) => Promise<Response>;
// `stream`: the response stays open (server-sent events), and the request's signal says when the client left.
export type TFastRoute = { method: string; pattern: RegExp; load: () => Promise<TEndpoint>; stream?: true };

// readJson enforces the real limit (a body cut here is longer than it); this only stops a client from filling the
// memory.
const MAX_READ_BYTES = 64 * 1024;

/**
 * The body, read in full, or `cut` after MAX_READ_BYTES. The rest of a cut body is left unread, so that
 * connection cannot carry another request: the answer closes it (before, the next request on it hung).
 */
function readBody(req: IncomingMessage): Promise<{ body?: Buffer; cut: boolean }> {
  if (req.method === "GET" || req.method === "HEAD") return Promise.resolve({ cut: false });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size <= MAX_READ_BYTES) return;
      req.off("data", onData);
      req.pause();
      resolve({ body: Buffer.concat(chunks), cut: true });
    };
    req.on("data", onData);
    req.once("end", () => resolve({ body: Buffer.concat(chunks), cut: false }));
    req.once("error", reject);
  });
}

/** A web Request with the body already read: cheaper than a streamed body, and answers are small. */
function toWebRequest(req: IncomingMessage, body: Buffer | undefined, signal: AbortSignal | undefined): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  return requestWithBody(
    `http://${req.headers.host ?? "localhost"}${req.url}`,
    { method: req.method ?? "GET", headers, signal },
    body,
  );
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
  // An event stream: its events are written as they come, until either side closes it (the request's abort
  // signal, set on the socket's close, ends the stream's side).
  res.writeHead(response.status, headers);
  res.flushHeaders();
  const direct = directSse(response);
  if (direct) {
    return direct({
      write: (chunk) => void res.write(chunk),
      end: () => void res.end(),
    });
  }
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

/** Serves the request when one of the routes above matches it; false to let Next.js have it. */
export function serveFastRoute(routes: readonly TFastRoute[], req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "";
  let match: RegExpExecArray | null = null;
  const route = routes.find((candidate) => candidate.method === req.method && (match = candidate.pattern.exec(url)));
  if (!route || !match) return false;
  const id = (match as RegExpExecArray)[1] ?? "";
  // An abort signal costs more than a short request does; only streams need one.
  let signal: AbortSignal | undefined;
  if (route.stream) {
    const abort = new AbortController();
    res.once("close", () => abort.abort());
    signal = abort.signal;
  }
  const run = handler<string>(async (request, param) => (await route.load())(request, param));
  void readBody(req)
    .then(({ body, cut }) => {
      // "Connection: close" and the socket closed once the answer is out; the unread rest is thrown away.
      if (cut) res.shouldKeepAlive = false;
      return run(toWebRequest(req, body, signal), id);
    })
    .then((response) => sendWebResponse(response, res))
    .catch(() => {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
      res.end();
    });
  return true;
}
