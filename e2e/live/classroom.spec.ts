// The teacher's entry page and the join page: what they say, what they refuse, and that they stay accessible in
// both colour schemes and both languages.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { PHONE, PROJECTOR } from "@/e2e/support/live";

test("the classroom page explains live games, refuses bad settings in the page's language, and passes an accessibility scan", async ({
  page,
}) => {
  await page.goto("/classroom");
  await expect(page.getByRole("heading", { level: 1, name: "Im Unterricht spielen" })).toBeVisible();
  await expect(page.getByText(/öffnet .*\/join und gibt die PIN ein/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Sekunden pro Frage (5 bis 120)").fill("200");
  await page.getByRole("button", { name: "Live-Spiel erstellen" }).click();
  await expect(page.getByText("Wähle 5 bis 120 Sekunden pro Frage.")).toBeVisible();
  await expect(page.getByLabel("Sekunden pro Frage (5 bis 120)")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Aufgabe mit Frist").check();
  await page.getByLabel("Frist", { exact: true }).fill("2020-01-01T08:00");
  await page.getByRole("button", { name: "Aufgabe erstellen" }).click();
  await expect(page.getByText("Die Frist muss in der Zukunft liegen.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expect(page).toHaveURL(/\/classroom$/);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the classroom and join pages pass an accessibility scan in ${colorScheme} mode, in English too`, async ({ browser }) => {
    const desk = await browser.newContext({ ...PROJECTOR, colorScheme });
    const page = await desk.newPage();
    await page.goto("/classroom");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: /^English/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Play in class" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const phone = await (await browser.newContext({ ...PHONE, colorScheme })).newPage();
    await phone.goto("/join");
    await expect(phone.getByRole("heading", { level: 1, name: "Spiel beitreten" })).toBeVisible();
    await expectNoSeriousA11yViolations(phone);
  });
}
