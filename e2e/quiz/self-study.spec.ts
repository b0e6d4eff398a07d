import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { tabTo } from "@/e2e/support/keyboard";
import { QuizPage, startQuiz } from "@/e2e/support/quiz";

async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

test("a newcomer plays a whole set with the keyboard only and sees the results", async ({ page }, testInfo) => {
  // A whole set by keyboard with four accessibility scans takes close to a minute on a busy 2-core machine.
  test.setTimeout(150_000);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Putins Verbündete" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Home → the Africa set → "Quiz starten", by Tab and Enter.
  await tabTo(page, (element) => element.tag === "a" && element.text.startsWith("Afrika"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Afrika" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await tabTo(page, (element) => element.tag === "a" && element.text === "Quiz starten");
  await page.keyboard.press("Enter");

  const quiz = new QuizPage(page);
  await quiz.waitForQuestion();
  const [, total] = await quiz.position();
  expect(total).toBe(9);
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, testInfo, "runner-question-desktop");

  const kinds: string[] = [];
  // At a person's pace: the clock starts when a question is shown, so a script's instant answers would keep the
  // quiz off the boards (and the board's button off the page).
  const played = await quiz.playToEnd(
    20,
    async (index) => {
      if (index === 1) {
        // Once, check the feedback page too: right/wrong, the right answer, why, and the source with its date.
        kinds.push(await quiz.answerByKeyboard());
        await expect(page.getByText(/^(Richtige Antwort|Right answer):/)).toBeVisible();
        await expect(page.getByText("Erklärung")).toBeVisible();
        await expect(page.locator("blockquote.source-quote").first()).toBeVisible();
        await expect(page.getByText(/Stand: \w+ 20\d\d/).first()).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        await keepScreenshot(page, testInfo, "runner-feedback-desktop");
        await quiz.next();
      }
    },
    true,
  );
  kinds.push(...played);
  expect(kinds.length).toBe(9);
  expect(kinds).toContain("map");

  await expect(page.getByRole("heading", { level: 1, name: /Ergebnis/ })).toBeVisible();
  await expect(page.getByTestId("results-score")).toHaveText(/^\d+$/);
  await expect(page.getByText(/von 9 \(\d+\s%\)/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nach Land" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Burkina Faso" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nach Thema" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Noch einmal" })).toBeVisible();
  await expect(page.getByRole("button", { name: "In die Bestenliste eintragen" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, testInfo, "results-desktop");
});

test("every kind of question can be answered with the keyboard alone", async ({ page }) => {
  test.setTimeout(180_000);
  const seen = new Set<string>();
  const wanted = ["matching", "multi", "numeric", "ordering", "single", "truefalse"];
  for (const setId of ["numbers", "leaders", "alliances"]) {
    if (wanted.every((kind) => seen.has(kind))) break;
    await page.goto(`/sets/${setId}`);
    await page.getByRole("radio", { name: /alle/ }).check();
    const quiz = await startQuiz(page, setId, 7);
    for (let i = 0; i < 60; i++) {
      seen.add(await quiz.answerByKeyboard());
      if ((await quiz.next()) || wanted.every((kind) => seen.has(kind))) break;
    }
  }
  expect([...seen].sort()).toEqual(expect.arrayContaining(wanted));
});

test("a reload in the middle of a quiz resumes at the same question", async ({ page }) => {
  const quiz = await startQuiz(page, "asia", 3);
  await quiz.answerByKeyboard();
  await quiz.next();
  await quiz.answerByKeyboard();
  await quiz.next();
  const [index, total] = await quiz.position();
  const prompt = await quiz.prompt().textContent();
  expect(index).toBe(3);
  await page.reload();
  await quiz.waitForQuestion();
  expect(await quiz.position()).toEqual([index, total]);
  await expect(quiz.prompt()).toHaveText(prompt!);
  await expect(page.getByText(/Punkte: \d+/)).toBeVisible();
});

test("the language switch changes the questions' language", async ({ page }) => {
  const quiz = await startQuiz(page, "post-soviet", 5);
  const german = await quiz.prompt().textContent();
  await page.getByRole("button", { name: /auf Englisch umschalten/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(quiz.prompt()).not.toHaveText(german!);
  await expect(page.getByText(/^Question \d+ of \d+$/)).toBeVisible();
  const english = await quiz.prompt().textContent();
  expect(english).toMatch(/[A-Za-z]/);
  // Focus is still on the language button (Enter there would switch back): the keys go to the question.
  await quiz.prompt().focus();
  await quiz.answerByKeyboard();
  await expect(page.getByText(/^Right answer:|Correct!/).first()).toBeVisible();
  await page.getByRole("button", { name: /switch to German/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the runner and the results fit a 360 px screen", async ({ page }, testInfo) => {
    const quiz = await startQuiz(page, "middle-east", 2);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await keepScreenshot(page, testInfo, "runner-question-phone");
    for (let i = 0; i < 10; i++) {
      await quiz.answerByKeyboard();
      if (i === 0) {
        expect(await overflow()).toBeLessThanOrEqual(0);
        await keepScreenshot(page, testInfo, "runner-feedback-phone");
      }
      if (await quiz.next()) break;
    }
    await expect(page.getByRole("heading", { level: 1, name: /Ergebnis/ })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await keepScreenshot(page, testInfo, "results-phone");
  });
});
