// Server-Sent Events from a route handler: a stream the browser's EventSource reads, with a heartbeat so that
// proxies keep it open, closed when the browser goes away.
const encoder = new TextEncoder();
export const HEARTBEAT_MS = 20_000;

export type TSseWriter = { send: (event: string, data: unknown, id?: string | number) => void; close: () => void };

export function sseResponse(
  request: Request,
  start: (writer: TSseWriter) => (() => void) | void | Promise<(() => void) | void>,
): Response {
  let cleanup: (() => void) | void;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const finish = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        cleanup?.();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const writer: TSseWriter = {
        send: (event, data, id) => {
          if (closed) return;
          const lines = `${id !== undefined ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
          try {
            controller.enqueue(encoder.encode(lines));
          } catch {
            finish();
          }
        },
        close: finish,
      };
      request.signal.addEventListener("abort", finish);
      controller.enqueue(encoder.encode("retry: 2000\n\n"));
      heartbeat = setInterval(() => {
        try {
          controller.enqueue(encoder.encode(": keep-alive\n\n"));
        } catch {
          finish();
        }
      }, HEARTBEAT_MS);
      cleanup = await start(writer);
      if (closed) cleanup?.();
    },
    cancel() {
      closed = true;
      clearInterval(heartbeat);
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
