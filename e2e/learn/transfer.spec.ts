import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { writeTestFile } from "@/e2e/support/progress-file";
import { IMPORT_LABEL, importProgressFile } from "./progress-page";

test("progress exported in one browser and imported in another is the same; an invalid file is refused and changes nothing", async ({
  page,
  browser,
}, testInfo) => {
  // Study in the first browser: two learn answers and ratings.
  await page.goto("/sets/africa/learn");
  for (const rating of ["Gut", "Nochmal"]) {
    await page.getByRole("button", { name: "Weiß ich nicht" }).click();
    await page.getByRole("button", { name: new RegExp(`^${rating}`) }).click();
  }
  await page.goto("/progress");
  await expect(page.getByText("2 von 97 Fakten begonnen")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Fortschritt exportieren" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^verbuendete-quiz-fortschritt-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = writeTestFile(testInfo, "exported.json", readFileSync((await download.path())!, "utf8"));

  // A fresh browser (another device) starts empty, then has the same progress after the import.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto("/progress");
  await expect(fresh.getByText(/^Noch keine Daten/)).toBeVisible();
  await importProgressFile(fresh, exported);
  await expect(fresh.getByText("2 von 97 Fakten begonnen")).toBeVisible();
  await expect(fresh.getByText("davon richtig: 0 %", { exact: true })).toBeVisible();

  // Files that are not progress, or damaged progress, are refused with a message; nothing changes.
  // (Next.js has a route announcer with the alert role too.)
  const refusal = fresh.getByRole("region", { name: "Sichern und übertragen" }).getByRole("alert");
  const notProgress = writeTestFile(testInfo, "notes.json", "these are my notes, not progress");
  await fresh.getByLabel(IMPORT_LABEL).setInputFiles(notProgress);
  await expect(refusal).toHaveText("Diese Datei ist kein Fortschritt aus dieser App. Es wurde nichts geändert.");
  const damaged = JSON.parse(readFileSync(exported, "utf8")) as { progress: { cards: unknown } };
  damaged.progress.cards = "lost";
  await fresh.getByLabel(IMPORT_LABEL).setInputFiles(writeTestFile(testInfo, "damaged.json", JSON.stringify(damaged)));
  await expect(refusal).toHaveText("Die Datei ist beschädigt oder unvollständig. Es wurde nichts geändert.");
  await fresh.reload();
  await expect(fresh.getByText("2 von 97 Fakten begonnen")).toBeVisible();
  await other.close();
});
