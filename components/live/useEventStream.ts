"use client";

import { useEffect, useRef, useState } from "react";

export type TStreamStatus = "connecting" | "open" | "lost";

/**
 * Listens to a Server-Sent Events stream. The browser reconnects by itself after a network drop; a stream the
 * server refused (or that died with its server) is opened again after a pause, after asking `onRefused`
 * whether to (a kicked player should not come back).
 */
export function useEventStream(
  url: string | null,
  handlers: Record<string, (data: never) => void>,
  onRefused?: () => Promise<boolean>,
): TStreamStatus {
  const [status, setStatus] = useState<TStreamStatus>("connecting");
  const latest = useRef({ handlers, onRefused });
  useEffect(() => {
    latest.current = { handlers, onRefused };
  });

  useEffect(() => {
    if (!url) return;
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const open = () => {
      source = new EventSource(url);
      source.onopen = () => setStatus("open");
      source.onerror = () => {
        setStatus("lost");
        if (source?.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(async () => {
          const again = (await latest.current.onRefused?.()) ?? true;
          if (again && !stopped) open();
        }, 3_000);
      };
      for (const name of Object.keys(latest.current.handlers)) {
        source.addEventListener(name, (event) => {
          const handler = latest.current.handlers[name];
          handler?.(JSON.parse((event as MessageEvent<string>).data) as never);
        });
      }
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [url]);
  return status;
}
