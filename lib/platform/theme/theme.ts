// The colour theme: the learner's choice (kept in localStorage), else the system's. The script below runs in
// <head> before the first paint, so a page never flashes the wrong theme; the switch in the header changes it.

export type TThemeChoice = "light" | "dark";
export type TTheme = TThemeChoice;

export const THEME_STORAGE_KEY = "theme";

/** The saved choice, or undefined while the learner has not chosen (the system decides). */
export function parseThemeChoice(saved: string | null | undefined): TThemeChoice | undefined {
  return saved === "light" || saved === "dark" ? saved : undefined;
}

/** The theme to show: the choice, else what the system prefers. */
export function resolveTheme(choice: TThemeChoice | undefined, systemDark: boolean): TTheme {
  return choice ?? (systemDark ? "dark" : "light");
}

/**
 * The inline script that sets `<html data-theme>` before anything is painted. It repeats `resolveTheme` in
 * plain ES5 because it runs before any bundle; localStorage may be unavailable (privacy modes), then the
 * system decides.
 */
export const THEME_SCRIPT = `(function(){var c=null;try{c=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}var d=c==="dark"||(c!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.setAttribute("data-theme",d?"dark":"light")})()`;
