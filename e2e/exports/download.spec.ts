// A teacher downloads a set from its page: Moodle XML in German and the worksheet PDF in English arrive as files
// with the set's questions; an unknown format is refused with the valid ones named.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

test("the set page downloads Moodle XML (German) and the worksheet PDF (English)", async ({ page }) => {
  await page.goto("/sets/asia");
  const section = page.getByRole("region", { name: "Herunterladen / Export" });
  await expect(section).toBeVisible();

  const [moodle] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("link", { name: "Moodle XML – Deutsch" }).click(),
  ]);
  expect(moodle.suggestedFilename()).toBe("asia-de-moodle.xml");
  const xml = await readFile((await moodle.path())!, "utf8");
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\s*<quiz>/);
  expect(xml).toContain("$course$/top/Putins Verbündete/Asien");
  expect(xml).toMatch(/<question type="multichoice">/);
  expect(xml).toContain("Quelle: „");

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("link", { name: "Arbeitsblatt (PDF) – Englisch" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe("asia-en-worksheet.pdf");
  const bytes = await readFile((await pdf.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.byteLength).toBeGreaterThan(10_000);
});

test("an unknown format or set is refused with the valid ones named", async ({ request }) => {
  const format = await request.get("/api/sets/asia/export?format=docx&lang=de");
  expect(format.status()).toBe(400);
  expect((await format.json()).error.message).toMatch(/moodle, gift, qti, kahoot, anki, quizlet, worksheet, answer-key/);
  const set = await request.get("/api/sets/atlantis/export?format=gift&lang=de");
  expect(set.status()).toBe(404);
  expect((await set.json()).error.message).toMatch(/sets: all-allies, .*asia/);
});
