"use client";

import { useCallback, useEffect, useSyncExternalStore } from "react";
import { unlockAudio } from "./sounds";

/** Off unless the host turned it on; remembered on this device. */
export const SOUND_STORAGE_KEY = "live.projectorSound";
const listeners = new Set<() => void>();
// Where the choice lives when the browser refuses storage (it then holds until the page closes).
let unsaved: boolean | undefined;

function saved(): boolean {
  try {
    return unsaved ?? localStorage.getItem(SOUND_STORAGE_KEY) === "on";
  } catch {
    return false;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** Whether the projector plays its sounds, and a toggle (which also lets the page make sound: it is a click). */
export function useSoundSetting(): { on: boolean; toggle: () => void } {
  const on = useSyncExternalStore(subscribe, saved, () => false);
  const toggle = useCallback(() => {
    const next = !saved();
    try {
      localStorage.setItem(SOUND_STORAGE_KEY, next ? "on" : "off");
    } catch {
      unsaved = next;
    }
    if (next) unlockAudio();
    for (const listener of listeners) listener();
  }, []);
  // After a reload with sound on, the browser lets the page sound again from the host's next click.
  useEffect(() => {
    if (!on) return;
    document.addEventListener("pointerdown", unlockAudio, { once: true });
    return () => document.removeEventListener("pointerdown", unlockAudio);
  }, [on]);
  return { on, toggle };
}
