"use client";

import { useEffect, useSyncExternalStore } from "react";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { parseThemeChoice, resolveTheme, THEME_STORAGE_KEY, type TThemeChoice } from "@/lib/platform/theme/theme";

const SYSTEM_DARK = "(prefers-color-scheme: dark)";
const listeners = new Set<() => void>();

function savedChoice(): TThemeChoice | undefined {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

function shownTheme() {
  return resolveTheme(savedChoice(), window.matchMedia(SYSTEM_DARK).matches);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia(SYSTEM_DARK);
  media.addEventListener("change", listener);
  // Another tab's choice applies here too.
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    media.removeEventListener("change", listener);
    window.removeEventListener("storage", listener);
  };
}

/**
 * Dark or light, in the header. Until the learner presses it the system decides (and a change of the system's
 * setting applies at once); a press is remembered in localStorage and read by the theme script on every load.
 */
export function ThemeSwitch() {
  const t = useT();
  // Undefined on the server and in the first render: the theme is the browser's to know.
  const theme = useSyncExternalStore(subscribe, shownTheme, () => undefined);

  useEffect(() => {
    if (theme) document.documentElement.setAttribute("data-theme", theme);
  }, [theme]);

  const dark = theme === "dark";
  return (
    <button
      type="button"
      className="btn btn-ghost theme-switch"
      aria-pressed={theme ? dark : undefined}
      title={t("theme.dark")}
      disabled={!theme}
      onClick={() => {
        try {
          localStorage.setItem(THEME_STORAGE_KEY, dark ? "light" : "dark");
        } catch {
          document.documentElement.setAttribute("data-theme", dark ? "light" : "dark");
        }
        for (const listener of listeners) listener();
      }}
    >
      <span aria-hidden="true">{dark ? "☾" : "☀"}</span>
      {/* The icon alone keeps the header on one line; the name is read out and shown as a tooltip. */}
      <span className="theme-switch-label">{t("theme.dark")}</span>
    </button>
  );
}
