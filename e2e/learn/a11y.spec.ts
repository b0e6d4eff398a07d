import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { importHistory } from "./progress-page";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("learn mode has no serious accessibility violations, before and after answering", async ({ page }) => {
      await page.goto("/learn");
      await expect(page.getByRole("button", { name: "Weiß ich nicht" })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.getByRole("button", { name: "Weiß ich nicht" }).click();
      await expect(page.getByRole("group", { name: "Wie gut wusstest du es?" })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    test("a set's learn page and the end of a session have no serious accessibility violations", async ({ page }) => {
      await page.goto("/sets/africa/learn");
      const dontKnow = page.getByRole("button", { name: "Weiß ich nicht" });
      const done = page.getByRole("heading", { level: 1, name: "Geschafft!" });
      await expect(dontKnow).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      for (let card = 0; card < 10; card++) {
        await expect(dontKnow.or(done)).toBeVisible();
        if (await done.isVisible()) break;
        await dontKnow.click();
        await page.getByRole("button", { name: /^Einfach/ }).click();
      }
      await expect(done).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      // With the daily limit lowered to what is already learnt today, another set offers more new cards.
      await page.getByLabel("Neue Karten pro Tag").selectOption("5");
      await page.goto("/sets/asia/learn");
      await expect(page.getByRole("button", { name: /^Mehr neue Karten lernen/ })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    test("flashcards have no serious accessibility violations on either side", async ({ page }) => {
      await page.goto("/sets/asia/flashcards");
      await expect(page.getByRole("img", { name: /^Karte: .* ist hervorgehoben$/ })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.getByRole("button", { name: "Umdrehen" }).click();
      await expect(page.getByRole("group", { name: "Wie gut wusstest du es?" })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    test("the progress page with charts has no serious accessibility violations", async ({ page }, testInfo) => {
      await importHistory(page, testInfo, {
        due: ["kz.leader.tokayev"],
        later: [{ factId: "sy.leader.assad", inDays: 3 }],
        studiedDaysAgo: [0, 3],
      });
      await page.reload();
      await expect(page.getByRole("figure", { name: "Beherrscht nach Land" }).locator("svg").first()).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  });
}
