import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";

const theme = (page: import("@playwright/test").Page) => page.locator("html").getAttribute("data-theme");

test("the theme follows the system until chosen, and the choice is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  expect(await theme(page)).toBe("dark");
  const toggle = page.getByRole("button", { name: "Dunkel" });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  // Until chosen, a change of the system's setting applies at once.
  await page.emulateMedia({ colorScheme: "light" });
  await expect.poll(() => theme(page)).toBe("light");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");

  await toggle.click();
  await expect.poll(() => theme(page)).toBe("dark");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  expect(await theme(page)).toBe("dark");
  // Chosen: the system's setting no longer decides.
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  expect(await theme(page)).toBe("dark");
});

test("the theme is set before any bundle runs: the inline script carries the page's nonce", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to execute/.test(message.text())) refused.push(message.text());
  });
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  // No script of the app's bundles loads: only the inline theme script can set the theme.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto("/");
  expect(await theme(page)).toBe("dark");
  expect(refused).toEqual([]);
});

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });

  for (const [name, path] of [
    ["home", "/"],
    ["a quiz", "/sets/asia/quiz?new=1&seed=2"],
    ["flashcards", "/sets/asia/flashcards"],
  ] as const) {
    test(`${name} has no serious accessibility violations (contrast included)`, async ({ page }, testInfo) => {
      for (const [width, height] of [
        [390, 844],
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(path);
        await expect(page.locator("main h1").first()).toBeVisible();
        expect(await theme(page)).toBe("dark");
        await page.screenshot({ path: testInfo.outputPath(`dark-${name.replace(" ", "-")}-${width}.png`) });
      }
      await expectNoSeriousA11yViolations(page);
      if (path.includes("flashcards")) {
        // The front's country stands out on the dark map as on the light one.
        const fill = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((shape) => getComputedStyle(shape).fill);
        await expect(page.locator(".flashcard-map .map-country.is-highlighted").first()).toBeVisible();
        expect(await fill(".flashcard-map .map-country.is-highlighted")).not.toBe(
          await fill(".flashcard-map .map-country:not(.is-highlighted)"),
        );
        await page.getByRole("button", { name: "Umdrehen" }).click();
        await expect(page.locator(".flashcard-statement")).toBeVisible();
        await expectNoSeriousA11yViolations(page);
      }
    });
  }
});
