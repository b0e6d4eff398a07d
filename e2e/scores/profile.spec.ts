import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { startQuiz } from "@/e2e/support/quiz";

test("a player moves to another device with the recovery code and keeps their scores", async ({ page, browser }) => {
  const nickname = `Jonas ${Math.random().toString(36).slice(2, 6)}`;
  const quiz = await startQuiz(page, "africa", 2);
  await quiz.playToEnd(20, undefined, true);
  await page.getByLabel("Spitzname").fill(nickname);
  await page.getByRole("button", { name: "In die Bestenliste eintragen" }).click();
  await expect(page.getByText(`Eingetragen als „${nickname}“`)).toBeVisible();

  await page.goto("/me");
  await expect(page.getByRole("textbox", { name: "Spitzname" })).toHaveValue(nickname);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Neuen Code erzeugen" }).click();
  const code = (await page.getByTestId("recovery-code").textContent())!;
  expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);

  const other = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await other.goto("/me");
  await other.getByRole("textbox", { name: "Wiederherstellungscode" }).fill(code.toLowerCase().replaceAll("-", " "));
  await other.getByRole("button", { name: "Auf dieses Gerät holen" }).click();
  await expect(other.getByText(`Willkommen zurück, ${nickname}!`)).toBeVisible();
  await other.goto("/leaderboards?set=africa");
  await expect(other.getByRole("row").filter({ hasText: nickname })).toHaveAttribute("aria-current", "true");

  // The code is used up on the first device's identity: the old browser is no longer this player.
  await page.goto("/leaderboards?set=africa");
  await expect(page.getByRole("row").filter({ hasText: nickname })).not.toHaveAttribute("aria-current", "true");
});

test("a refused nickname says why and is not stored", async ({ page }) => {
  await page.goto("/me");
  const field = page.getByRole("textbox", { name: "Spitzname" });
  await field.fill("Hurensohn");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(
    "Dieser Spitzname ist nicht erlaubt. Bitte wähle einen anderen.",
  );
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(field).toHaveValue("");
  await field.fill("x");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText("Der Spitzname braucht mindestens 2 Zeichen.");
  await page.getByRole("textbox", { name: "Wiederherstellungscode" }).fill("AAAA-BBBB-CCCC-DDDD");
  await page.getByRole("button", { name: "Auf dieses Gerät holen" }).click();
  await expect(page.getByText("Kein Spieler hat diesen Code. Prüfe ihn und versuche es erneut.")).toBeVisible();
});

test("leaderboard and class pages pass an accessibility scan, also in English", async ({ page }) => {
  for (const path of ["/leaderboards", "/groups", "/leaderboards?set=asia&period=week"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
  await page.getByRole("button", { name: /auf Englisch umschalten/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leaderboards" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
