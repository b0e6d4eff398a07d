"use client";

import { useNow } from "@/lib/platform/hooks/useNow";
import { useT } from "@/lib/platform/i18n/LangProvider";

/** Whole seconds left at `now`, from the server's remaining time at `receivedAt`; frozen while paused. */
export function secondsLeft(remainingMs: number, receivedAt: number, paused: boolean, now: number): number {
  const left = paused || !now ? remainingMs : Math.max(0, remainingMs - (now - receivedAt));
  return Math.ceil(left / 1000);
}

/** Seconds left, from the server's remaining time at `receivedAt` (Date.now when it arrived); frozen while paused. */
export function Countdown({
  remainingMs,
  receivedAt,
  paused,
  className,
}: {
  remainingMs: number;
  receivedAt: number;
  paused: boolean;
  className?: string;
}) {
  const t = useT();
  const seconds = secondsLeft(remainingMs, receivedAt, paused, useNow());
  return (
    <span
      className={`countdown${seconds <= 5 ? " is-low" : ""}${className ? ` ${className}` : ""}`}
      role="timer"
      aria-label={t("live.host.secondsLeft", { seconds })}
    >
      {seconds}
    </span>
  );
}
