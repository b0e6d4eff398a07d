import { expect, test } from "@playwright/test";
import { dueBox, importHistory } from "./progress-page";

test("a learn session rates due cards, says when they come back, and the home page's due count drops", async ({
  page,
}, testInfo) => {
  await importHistory(page, testInfo, { due: ["by.leader.lukashenko", "cn.leader.xi", "kp.leader.kim"] });
  await page.goto("/");
  await expect(dueBox(page)).toContainText("Fällige Karten: 3");
  await dueBox(page).getByRole("link", { name: "Jetzt wiederholen" }).click();
  await expect(page).toHaveURL(/\/learn$/);

  // All three are equally overdue; Belarus comes first, with the fourth of its questions (it was reviewed three
  // times): a near-miss false statement. Answer right: "Good" is suggested and takes Enter.
  await expect(
    page.getByRole("heading", { level: 1, name: "Alexander Lukaschenko ist (Stand August 2025) Premierminister von Belarus." }),
  ).toBeVisible();
  await page.getByRole("radio", { name: "Falsch" }).click();
  await expect(page.getByText("Richtig!")).toBeVisible();
  await expect(page.getByText("Präsident von Belarus", { exact: false }).first()).toBeVisible();
  const good = page.getByRole("button", { name: /^Gut/ });
  await expect(good).toContainText("Vorschlag");
  await expect(good).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "diese Karte kommt" })).toContainText(
    "Alexander Lukaschenko ist (Stand August 2025) Präsident von Belarus.",
  );

  // Not known: "Again" is suggested; the learner rates "Easy" with key 4 anyway.
  await expect(page.getByRole("heading", { level: 1, name: /China/ })).toBeVisible();
  await page.getByRole("button", { name: "Weiß ich nicht" }).click();
  await expect(page.getByText("Nicht gewusst – so ist es richtig:")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Nochmal/ })).toContainText("Vorschlag");
  await page.keyboard.press("4");
  await expect(page.getByRole("status").filter({ hasText: "diese Karte kommt" })).toContainText("Xi Jinping");

  await page.getByRole("link", { name: "Fragensätze" }).click();
  await expect(dueBox(page)).toContainText("Fällige Karten: 1");

  // Both answers are in the history: one of two right.
  await page.goto("/progress");
  await expect(page.getByText("davon richtig: 50 %", { exact: true })).toBeVisible();
});

test("learning a small set to its end shows when the next review is", async ({ page }) => {
  await page.goto("/sets/africa/learn");
  const dontKnow = page.getByRole("button", { name: "Weiß ich nicht" });
  const done = page.getByRole("heading", { level: 1, name: "Geschafft!" });
  // Every fact of the set is new; "Easy" sends each straight to a review days away.
  for (let card = 0; card < 10; card++) {
    await expect(dontKnow.or(done)).toBeVisible();
    if (await done.isVisible()) break;
    await dontKnow.click();
    await page.getByRole("button", { name: /^Einfach/ }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Geschafft!" })).toBeVisible();
  await expect(page.getByText(/In dieser Sitzung bewertet: \d/)).toBeVisible();
  await expect(page.getByText(/^Nächste Wiederholung /)).toBeVisible();
});
