"use client";

import { useEffect, useRef } from "react";
import { useNow } from "@/lib/platform/hooks/useNow";
import { secondsLeft } from "@/components/live/Countdown";
import { playTick, playTimeUp } from "./sounds";

/** With sound on: a tick in each of a question's last five seconds and a tone when time is up (never on a pause). */
export function useCountdownSound(props: {
  index: number;
  remainingMs: number;
  receivedAt: number;
  paused: boolean;
  on: boolean;
}) {
  const now = useNow();
  const seconds = secondsLeft(props.remainingMs, props.receivedAt, props.paused, now);
  const last = useRef<{ index: number; seconds: number }>(undefined);
  const { index, paused, on } = props;
  useEffect(() => {
    if (!now) return;
    const previous = last.current;
    last.current = { index, seconds };
    // Only a second that passes while watching sounds: not the one the screen opened at.
    if (!on || paused || previous?.index !== index || previous.seconds === seconds) return;
    if (seconds === 0) playTimeUp();
    else if (seconds <= 5) playTick();
  }, [now, seconds, index, paused, on]);
}
