// Server-Sent Events from a route handler: a stream the browser's EventSource reads, with a heartbeat so that
// proxies keep it open, closed when the browser goes away. One shared heartbeat timer serves every open stream
// of the process (a live game holds thousands; a timer each would be thousands of timers).
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
    heartbeats.timer = setInterval(() => {
      for (const each of heartbeats.beats) each();
    }, HEARTBEAT_MS);
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

export function sseResponse(
  request: Request,
  start: (writer: TSseWriter) => (() => void) | void | Promise<(() => void) | void>,
): Response {
  let cleanup: (() => void) | void;
  let stopHeartbeat: (() => void) | undefined;
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const finish = () => {
        if (closed) return;
        closed = true;
        stopHeartbeat?.();
        cleanup?.();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const enqueue = (chunk: Uint8Array) => {
        if (closed) return;
        try {
          controller.enqueue(chunk);
        } catch {
          finish();
        }
      };
      const writer: TSseWriter = {
        send: (event, data, id) => enqueue(encodeSseEvent(event, data, id)),
        sendEncoded: enqueue,
        close: finish,
      };
      request.signal.addEventListener("abort", finish);
      controller.enqueue(encoder.encode("retry: 2000\n\n"));
      stopHeartbeat = onHeartbeat(() => enqueue(HEARTBEAT));
      cleanup = await start(writer);
      if (closed) cleanup?.();
    },
    cancel() {
      closed = true;
      stopHeartbeat?.();
      cleanup?.();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
