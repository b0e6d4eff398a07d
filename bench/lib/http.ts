// Lean HTTP for simulating thousands of players from one process: node:http with a keep-alive pool for
// requests, and Server-Sent Event streams that hand each event's name and raw data to a callback (the caller
// parses only the events it needs). fetch would cost several times the CPU per stream, and that CPU is taken
// from the server measured on the same machine.
import http from "node:http";

// Idle connections are closed after 30 s, well before the server's keep-alive timeout (65 s) would close them
// under a request about to reuse one.
const pool = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 30_000 });

export type TResponse = { status: number; body: string; cookies: string[]; headers: http.IncomingHttpHeaders };

type TRequestOptions = { method?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number };

/** No request of the harness may hang a run: one that gets no answer in this time fails it, with a message. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** A request that got no (complete) answer within its time: the server is stuck, and the run says so. */
export class StuckRequestError extends Error {
  override name = "StuckRequestError";
}

/**
 * One request through the pool; the body is JSON when given. A kept-alive connection the server closed as
 * idle just as it was reused fails with ECONNRESET before the request reached the server; as Node's docs
 * advise, such a request is sent again on a new connection.
 */
export async function request(url: string, options: TRequestOptions = {}): Promise<TResponse> {
  try {
    return await send(url, options);
  } catch (error) {
    if ((error as { reusedSocket?: boolean }).reusedSocket && (error as NodeJS.ErrnoException).code === "ECONNRESET")
      return send(url, options);
    throw error;
  }
}

function send(url: string, options: TRequestOptions): Promise<TResponse> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const method = options.method ?? (payload === undefined ? "GET" : "POST");
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    // From the call, not from when a pooled socket became free: a request waiting for a socket is stuck too.
    const timer = setTimeout(() => {
      const stuck = new StuckRequestError(`${method} ${new URL(url).pathname}: no answer within ${timeoutMs / 1000} s`);
      req.destroy(stuck);
      reject(stuck);
    }, timeoutMs);
    const req = http.request(
      url,
      {
        agent: pool,
        method,
        headers: {
          ...(payload === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
          ...options.headers,
        },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => {
          clearTimeout(timer);
          const setCookie = res.headers["set-cookie"] ?? [];
          resolve({
            status: res.statusCode ?? 0,
            body,
            cookies: setCookie.map((cookie) => cookie.split(";")[0]!),
            headers: res.headers,
          });
        });
        res.on("error", (error) => {
          clearTimeout(timer);
          reject(error);
        });
      },
    );
    req.on("error", (error) => {
      clearTimeout(timer);
      reject(Object.assign(error, { reusedSocket: req.reusedSocket }));
    });
    req.end(payload);
  });
}

export type TStream = { close: () => void; headers: http.IncomingHttpHeaders };

/**
 * Opens an event stream on its own connection; `onEvent` gets each event's name and data (unparsed), `onEnd` is
 * called once if the stream ends by anything but close() (the server closed it, the connection dropped). Resolves
 * once the response headers arrived; rejects on an HTTP error, a failed connection, or no headers within
 * REQUEST_TIMEOUT_MS (StuckRequestError).
 */
export function openStream(
  url: string,
  headers: Record<string, string>,
  onEvent: (event: string, data: string) => void,
  onEnd: (reason: string) => void = () => undefined,
): Promise<TStream> {
  return new Promise((resolve, reject) => {
    let opened = false;
    let closed = false;
    let ended = false;
    const end = (reason: string) => {
      if (closed || ended) return;
      ended = true;
      onEnd(reason);
    };
    const timer = setTimeout(() => {
      const stuck = new StuckRequestError(`GET ${new URL(url).pathname}: no stream within ${REQUEST_TIMEOUT_MS / 1000} s`);
      req.destroy(stuck);
      reject(stuck);
    }, REQUEST_TIMEOUT_MS);
    const req = http.get(url, { agent: false, headers: { accept: "text/event-stream", ...headers } }, (res) => {
      clearTimeout(timer);
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`stream ${new URL(url).pathname}: HTTP ${res.statusCode}`));
      }
      res.setEncoding("utf8");
      let buffer = "";
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = "message";
          let data = "";
          for (const line of block.split("\n")) {
            if (line.startsWith("event: ")) event = line.slice(7);
            else if (line.startsWith("data: ")) data = line.slice(6);
          }
          if (data) onEvent(event, data);
        }
      });
      res.on("error", () => end("connection dropped"));
      res.on("end", () => end("closed by the server"));
      res.on("close", () => end("connection closed"));
      opened = true;
      resolve({
        close: () => {
          closed = true;
          req.destroy();
        },
        headers: res.headers,
      });
    });
    req.on("error", (error) => {
      clearTimeout(timer);
      if (opened) end(error.message);
      else reject(error);
    });
  });
}

export function closePool(): void {
  pool.destroy();
}
