"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * The projector in fullscreen: the Fullscreen API on the whole page where the browser has it; where it does not
 * (iPhone Safari, a page in a frame, a refusal), `filling`: the screen covers the window instead, and the
 * browser's own fullscreen (F11) does the rest.
 */
export function useFullscreen(): { active: boolean; filling: boolean; toggle: () => void } {
  const [native, setNative] = useState(false);
  const [filling, setFilling] = useState(false);

  useEffect(() => {
    const onChange = () => setNative(Boolean(document.fullscreenElement));
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  const toggle = useCallback(() => {
    if (document.fullscreenElement) return void document.exitFullscreen().catch(() => undefined);
    if (filling) return setFilling(false);
    const page = document.documentElement;
    if (!document.fullscreenEnabled || typeof page.requestFullscreen !== "function") return setFilling(true);
    page.requestFullscreen().catch(() => setFilling(true));
  }, [filling]);

  return { active: native || filling, filling, toggle };
}
