import { describe, expect, it } from "vitest";
import { parseThemeChoice, resolveTheme, THEME_SCRIPT } from "./theme";

describe("the colour theme", () => {
  it("follows the system until the learner chooses", () => {
    expect(resolveTheme(undefined, true)).toBe("dark");
    expect(resolveTheme(undefined, false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });

  it("ignores a saved value that is no choice", () => {
    expect(parseThemeChoice("dark")).toBe("dark");
    expect(parseThemeChoice("blue")).toBeUndefined();
    expect(parseThemeChoice(null)).toBeUndefined();
  });

  it("sets the same theme in the inline script as resolveTheme, before any bundle runs", () => {
    for (const saved of [null, "light", "dark", "junk"]) {
      for (const systemDark of [true, false]) {
        const attributes: Record<string, string> = {};
        const run = new Function("localStorage", "window", "document", THEME_SCRIPT);
        run(
          { getItem: () => saved },
          { matchMedia: () => ({ matches: systemDark }) },
          { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } },
        );
        expect(attributes["data-theme"], `${saved} ${systemDark}`).toBe(resolveTheme(parseThemeChoice(saved), systemDark));
      }
    }
  });
});
