// A student reports a question from a quiz; a reviewer signs in with the admin secret, sees the report, retires
// the question, and a new quiz of the set no longer has it. The question is restored at the end, so the other
// specs find the bank as they expect it.
import { expect, test, type Page } from "@playwright/test";
import { QuizPage } from "@/e2e/support/quiz";
import { E2E_ADMIN_SECRET } from "@/e2e/support/review";

// A set no other spec plays, and a fixed order: the same seed gives the same first question.
const SET = "economy";
const QUIZ = `/sets/${SET}/quiz?new=1&seed=4242`;
const SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const shots = process.env.REVIEW_SCREENSHOTS === "1";

async function questionCount(page: Page): Promise<number> {
  await page.goto(`/sets/${SET}`);
  // "<description> · 17 Fragen" under the set's title.
  const text = await page
    .getByText(/ · \d+ Fragen$/)
    .first()
    .textContent();
  return Number(/(\d+) Fragen$/.exec(text ?? "")?.[1]);
}

async function screenshots(page: Page, name: string) {
  if (!shots) return;
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/review-shots/${name}-${size.width}x${size.height}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a reported question is reviewed, retired and gone from a new quiz of its set", async ({ page }) => {
  const before = await questionCount(page);

  // The student: "Frage melden" during the quiz, a reason and a comment, the thanks; Escape returns to the question.
  await page.goto(QUIZ);
  const quiz = new QuizPage(page);
  await quiz.waitForQuestion();
  const prompt = (await quiz.prompt().textContent())!.trim();
  const open = page.getByRole("button", { name: "Frage melden" });
  await open.click();
  const dialog = page.getByRole("dialog", { name: "Problem mit dieser Frage melden" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio").first()).toBeFocused();
  await dialog.getByRole("button", { name: "Meldung senden" }).click();
  await expect(dialog.getByText("Wähle einen Grund.")).toBeVisible();
  await dialog.getByRole("radio", { name: "Zwei richtige Antworten" }).check();
  await dialog.getByLabel("Kommentar (freiwillig)").fill("Beide Optionen stimmen laut Artikel.");
  await screenshots(page, "report-dialog");
  await dialog.getByRole("button", { name: "Meldung senden" }).click();
  await expect(dialog.getByText("Danke, wir prüfen das.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  // The quiz goes on: the question is still there to answer.
  await expect(quiz.prompt()).toHaveText(prompt);

  // The reviewer: a wrong secret is refused, the right one opens the list with the report on that question.
  await page.goto("/review");
  await page.getByLabel("Admin-Geheimnis").fill("not-the-secret-at-all");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("Das ist nicht das Admin-Geheimnis.")).toBeVisible();
  await page.getByLabel("Admin-Geheimnis").fill(E2E_ADMIN_SECRET);
  await page.getByRole("button", { name: "Anmelden" }).click();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: prompt }) });
  await expect(item).toBeVisible();
  await expect(item.getByText(/Zwei richtige Antworten · quiz · 1×/)).toBeVisible();
  await expect(item.getByText("Beide Optionen stimmen laut Artikel.")).toBeVisible();
  await expect(item.getByText(/^Lösung:/)).toBeVisible();
  await expect(item.locator("blockquote.source-quote").first()).toBeVisible();
  await screenshots(page, "review-page");
  const questionId = (await item.locator(".review-meta code").textContent())!.trim();

  try {
    await item.getByLabel("Grund für das Zurückziehen").fill("Zwei Antworten vertretbar; Fakt wird korrigiert.");
    await item.getByRole("button", { name: "Frage zurückziehen" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /Zurückgezogene Fragen/ })).toBeVisible();
    await expect(page.getByText(/Zurückgezogen am .*: Zwei Antworten vertretbar/)).toBeVisible();

    // Gone from the set: one question fewer, and the same seed now starts with another question.
    expect(await questionCount(page)).toBe(before - 1);
    await page.goto(QUIZ);
    await quiz.waitForQuestion();
    await expect(quiz.prompt()).not.toHaveText(prompt);
  } finally {
    const restored = await page.request.post(`/api/review/questions/${questionId}`, { data: { action: "restore" } });
    expect(restored.status()).toBe(200);
  }
  expect(await questionCount(page)).toBe(before);
});
