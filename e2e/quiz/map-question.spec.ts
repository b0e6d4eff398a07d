import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { startQuiz, type QuizPage } from "@/e2e/support/quiz";

/** Plays the Africa set by keyboard up to its map question. */
async function openMapQuestion(page: Page): Promise<QuizPage> {
  const quiz = await startQuiz(page, "africa", 1);
  for (let i = 0; i < 12; i++) {
    if ((await quiz.kind()) === "map") return quiz;
    await quiz.answerByKeyboard();
    await quiz.next();
    await quiz.waitForQuestion();
  }
  throw new Error("no map question in the Africa set");
}

/** The code of the country the prompt names ("Wo liegt Burkina Faso?"), else Russia's. */
async function countryToClick(page: Page): Promise<string> {
  const prompt = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const shapes = await page
    .locator("path.map-country")
    .evaluateAll((paths) =>
      paths.map((path) => ({ code: path.getAttribute("data-code")!, name: path.querySelector("title")?.textContent ?? "" })),
    );
  return shapes.find((shape) => shape.name.length > 3 && prompt.includes(shape.name))?.code ?? "RU";
}

test.describe("on a 1366×768 laptop", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("a click on a country is the answer, with an undo before it counts; then the right one is green", async ({
    page,
  }, testInfo) => {
    await openMapQuestion(page);
    const map = page.locator(".map-answer svg");
    await expect(map).toBeVisible();
    // The whole map is on the screen with the question.
    await expect(map).toBeInViewport({ ratio: 1 });
    // Small countries have a marker to click; the map zooms.
    await expect(page.locator('circle.map-marker[data-code="LB"]')).toHaveCount(1);
    const frame = await map.getAttribute("viewBox");
    await page.getByRole("button", { name: "Hineinzoomen" }).click();
    await expect(map).not.toHaveAttribute("viewBox", frame!);
    await page.getByRole("button", { name: "Herauszoomen" }).click();
    await expect(map).toHaveAttribute("viewBox", frame!);
    await page.screenshot({ path: testInfo.outputPath("map-before-laptop.png") });

    // A click chooses; "Rückgängig" takes it back.
    await page.locator('path.map-country[data-code="CN"]').click();
    await expect(page.getByRole("status").filter({ hasText: "Ausgewählt: China" })).toBeVisible();
    await expect(page.locator('path.map-country[data-code="CN"]')).toHaveClass(/is-selected/);
    await page.getByRole("button", { name: "Rückgängig" }).click();
    await expect(page.locator(".map-country.is-selected")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Auswahl prüfen" })).toBeHidden();

    const code = await countryToClick(page);
    await page.locator(`path.map-country[data-code="${code}"]`).click();
    const check = page.getByRole("button", { name: "Auswahl prüfen" });
    await expect(check).toBeInViewport();
    await check.click();

    await expect(page.locator(".map-country.is-right")).toHaveCount(1);
    await expect(page.locator(".map-solution")).toHaveText(/Richtig ist .+ \(grün markiert\)\./);
    await expect(page.locator(".map-answer svg")).toBeInViewport();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("map-after-laptop.png") });
  });
});

test.describe("on a 390×844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a tap on a country chooses it and the check button is beside the map", async ({ page }, testInfo) => {
    await openMapQuestion(page);
    const code = await countryToClick(page);
    await page.locator(`path.map-country[data-code="${code}"]`).tap();
    const check = page.getByRole("button", { name: "Auswahl prüfen" });
    await expect(check).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("map-before-phone.png") });
    await check.tap();
    await expect(page.locator(".map-country.is-right")).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath("map-after-phone.png") });
  });
});
