import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { importHistory } from "./progress-page";

const CHARTS = [
  "Beherrscht nach Land",
  "Beherrscht nach Thema",
  "Richtige Antworten, letzte 30 Tage",
  "Fällig in den nächsten 14 Tagen",
];

test("the progress page invites to study before there is anything to show", async ({ page }) => {
  await page.goto("/progress");
  await expect(page.getByText(/^Noch keine Daten/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Ein Quiz spielen" })).toBeVisible();
  for (const name of CHARTS) await expect(page.getByRole("figure", { name })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("the progress page shows the streak and the charts after some study, each with its numbers as a table", async ({
  page,
}, testInfo) => {
  await importHistory(page, testInfo, {
    due: ["by.leader.lukashenko", "by.support.nuclear"],
    later: [
      { factId: "kp.leader.kim", inDays: 2 },
      { factId: "cn.leader.xi", inDays: 6 },
    ],
    studiedDaysAgo: [0, 1, 2, 5],
  });
  // A flashcard rated through the page counts as study too ("Easy" on a new card: due in about a week).
  await page.goto("/sets/africa/flashcards");
  // Space turns the card once the page has come to life (a key pressed before that does nothing).
  const easy = page.getByRole("button", { name: /^Einfach/ });
  await expect(async () => {
    if (!(await easy.isVisible())) await page.keyboard.press("Space");
    await expect(easy).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await easy.click();

  await page.goto("/progress");
  await expect(page.getByTestId("streak")).toHaveText("3 Tage");
  await expect(page.getByText("5 von 97 Fakten begonnen")).toBeVisible();
  for (const name of CHARTS) {
    const figure = page.getByRole("figure", { name });
    await expect(figure).toBeVisible();
    await expect(figure.locator("svg").first()).toBeVisible();
  }

  const byCountry = page.getByRole("figure", { name: "Beherrscht nach Land" });
  await byCountry.getByText("Als Tabelle zeigen").click();
  await expect(byCountry.getByRole("row", { name: /^Belarus/ })).toBeVisible();
  const forecast = page.getByRole("figure", { name: "Fällig in den nächsten 14 Tagen" });
  await expect(forecast).toHaveAccessibleDescription("In den nächsten 14 Tagen fällig: 5 Karten, davon heute: 2.");
  const accuracy = page.getByRole("figure", { name: "Richtige Antworten, letzte 30 Tage" });
  await expect(accuracy).toHaveAccessibleDescription("Antworten: 8 an 4 Tagen, davon richtig: 50 %.");
  await expectNoSeriousA11yViolations(page);
});
