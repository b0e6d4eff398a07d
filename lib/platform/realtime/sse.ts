// Server-Sent Events from a route handler: a stream the browser's EventSource reads, with a heartbeat so that
// proxies keep it open, closed when the browser goes away. One shared heartbeat timer serves every open stream
// of the process (a live game holds thousands; a timer each would be thousands of timers), written in slices.
import { inSlices } from "./slices";

const encoder = new TextEncoder();
export const HEARTBEAT_MS = 20_000;
const HEARTBEAT = encoder.encode(": keep-alive\n\n");

export type TSseWriter = {
  send: (event: string, data: unknown, id?: string | number) => void;
  /** Sends an event encoded once with encodeSseEvent (the same bytes to many streams). */
  sendEncoded: (chunk: Uint8Array) => void;
  close: () => void;
};

/** An event as the bytes a stream sends; encode once, send to many. */
export function encodeSseEvent(event: string, data: unknown, id?: string | number): Uint8Array {
  return encoder.encode(`${id !== undefined ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

type THeartbeats = { beats: Set<() => void>; timer?: ReturnType<typeof setInterval> };
const globalForSse = globalThis as typeof globalThis & { __quizSseHeartbeats?: THeartbeats };

/** Registers a stream with the process's one heartbeat timer; returns the unregister function. */
function onHeartbeat(beat: () => void): () => void {
  const heartbeats = (globalForSse.__quizSseHeartbeats ??= { beats: new Set() });
  heartbeats.beats.add(beat);
  if (!heartbeats.timer) {
    heartbeats.timer = setInterval(() => void inSlices(heartbeats.beats, (beat) => beat()), HEARTBEAT_MS);
    heartbeats.timer.unref?.();
  }
  return () => {
    heartbeats.beats.delete(beat);
    if (!heartbeats.beats.size && heartbeats.timer) {
      clearInterval(heartbeats.timer);
      heartbeats.timer = undefined;
    }
  };
}

/** Where a stream's bytes go: the web Response's body, or the HTTP server's socket directly (directSse). */
export type TSseSink = { write: (chunk: Uint8Array) => void; end: () => void };

const DIRECT = Symbol("quiz.sse.direct");
type TDirectResponse = Response & { [DIRECT]?: (sink: TSseSink) => void };

/**
 * The stream of an sseResponse written straight to a sink, for the HTTP server's fast path: a fan-out to 10,000
 * streams then costs a socket write each, not also a web stream's read, promise and copy (and each open stream
 * holds less memory). Undefined for any other response. The response's body is then never read.
 */
export function directSse(response: Response): ((sink: TSseSink) => void) | undefined {
  return (response as TDirectResponse)[DIRECT];
}

/** Starts a stream on a sink: the retry hint, the shared heartbeat, then `start`; ends on abort or close(). */
function openSse(
  request: Request,
  sink: TSseSink,
  start: (writer: TSseWriter) => (() => void) | void | Promise<(() => void) | void>,
): { finish: () => void } {
  let cleanup: (() => void) | void;
  let closed = false;
  const enqueue = (chunk: Uint8Array) => {
    if (!closed) sink.write(chunk);
  };
  enqueue(encoder.encode("retry: 2000\n\n"));
  const stopHeartbeat = onHeartbeat(() => enqueue(HEARTBEAT));
  const finish = () => {
    if (closed) return;
    closed = true;
    stopHeartbeat();
    cleanup?.();
    sink.end();
  };
  const writer: TSseWriter = {
    send: (event, data, id) => enqueue(encodeSseEvent(event, data, id)),
    sendEncoded: enqueue,
    close: finish,
  };
  request.signal.addEventListener("abort", finish);
  void Promise.resolve()
    .then(() => start(writer))
    .then(
      (done) => {
        cleanup = done;
        if (closed) cleanup?.();
      },
      () => finish(),
    );
  return { finish };
}

export function sseResponse(
  request: Request,
  start: (writer: TSseWriter) => (() => void) | void | Promise<(() => void) | void>,
): Response {
  let session: { finish: () => void } | undefined;
  // Opened on the first read (highWaterMark 0), so that a response written directly is never opened twice.
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (session) return;
        const sink: TSseSink = {
          write: (chunk) => {
            try {
              controller.enqueue(chunk);
            } catch {
              session?.finish();
            }
          },
          end: () => {
            try {
              controller.close();
            } catch {
              // already closed
            }
          },
        };
        session = openSse(request, sink, start);
      },
      cancel() {
        session?.finish();
      },
    },
    { highWaterMark: 0 },
  );
  const response: TDirectResponse = new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
  response[DIRECT] = (sink) => {
    if (!session) session = openSse(request, sink, start);
  };
  return response;
}
