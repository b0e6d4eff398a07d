// The progress page as tests use it: importing a prepared history the way a learner moves devices.
import { expect, type Page, type TestInfo } from "@playwright/test";
import { progressExport, writeTestFile } from "@/e2e/support/progress-file";

export const IMPORT_LABEL = "Fortschritt importieren (JSON-Datei)";

export async function importProgressFile(page: Page, file: string): Promise<void> {
  await page.goto("/progress");
  await page.getByLabel(IMPORT_LABEL).setInputFiles(file);
  await expect(page.getByRole("status").filter({ hasText: "Fortschritt importiert." })).toBeVisible();
}

/** Imports a history built by progressExport (see there for the options). */
export async function importHistory(
  page: Page,
  testInfo: TestInfo,
  options: Parameters<typeof progressExport>[0],
): Promise<void> {
  await importProgressFile(page, writeTestFile(testInfo, "history.json", progressExport(options)));
}

/** The home page's "due for review" box. */
export function dueBox(page: Page) {
  return page.getByRole("region", { name: "Zur Wiederholung fällig" });
}
