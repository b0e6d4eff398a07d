"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useT } from "@/lib/platform/i18n/LangProvider";

/**
 * Re-renders the page's server-side leaderboard when a score is posted anywhere (Server-Sent Events, no
 * polling); bursts of posts are coalesced to one refresh per second.
 */
export function LiveRefresh() {
  const router = useRouter();
  const t = useT();
  const [announce, setAnnounce] = useState("");
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    const events = new EventSource("/api/leaderboards/stream");
    events.addEventListener("changed", () => {
      if (pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = undefined;
        router.refresh();
        setAnnounce(t("boards.updated"));
      }, 1_000);
    });
    return () => {
      events.close();
      clearTimeout(pending.current);
    };
  }, [router, t]);
  return (
    <p className="hint" aria-live="polite">
      {t("boards.live")} <span className="visually-hidden">{announce}</span>
    </p>
  );
}
