"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useT } from "@/lib/platform/i18n/LangProvider";

/**
 * Re-renders the page's server-side leaderboard when a score is posted anywhere (Server-Sent Events, no
 * polling); bursts of posts are coalesced to one refresh per second. A change the stream reports as made after
 * the page was rendered (`renderedAt`, the server's clock) but before the stream connected refreshes it too.
 */
export function LiveRefresh({ renderedAt }: { renderedAt: number }) {
  const router = useRouter();
  const t = useT();
  const [updated, setUpdated] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The render the page shows now (a refresh brings a newer one); the stream stays open across refreshes.
  const rendered = useRef(renderedAt);
  useEffect(() => {
    rendered.current = renderedAt;
  }, [renderedAt]);
  useEffect(() => {
    const events = new EventSource("/api/leaderboards/stream");
    const refresh = () => {
      if (pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = undefined;
        router.refresh();
        setUpdated(true);
      }, 1_000);
    };
    events.addEventListener("changed", refresh);
    events.addEventListener("hello", (event) => {
      const { lastChangeAt } = JSON.parse((event as MessageEvent<string>).data) as { lastChangeAt: number };
      if (lastChangeAt >= rendered.current) refresh();
    });
    return () => {
      events.close();
      // A refresh cancelled here must not stay "pending": every later change would wait for it forever.
      clearTimeout(pending.current);
      pending.current = undefined;
    };
  }, [router]);
  return (
    <p className="hint" aria-live="polite">
      {t("boards.live")} <span className="visually-hidden">{updated ? t("boards.updated") : ""}</span>
    </p>
  );
}
