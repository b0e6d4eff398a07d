// Write mode (as Quizlet's Write): names and countries are typed and graded on the server, forgiving case,
// accents and small typos but not another name.
import { expect, test } from "@playwright/test";
import { rightNameOf } from "@/e2e/support/answer-key";
import { QuizPage } from "@/e2e/support/quiz";

/**
 * One typo, in lower case: a longer name's last letter dropped ("Lukaschenko" → "lukaschenk"), a short one's
 * doubled ("Iran" → "irann": a letter dropped or changed would be "ira", too short for a typo, or as near Irak).
 */
const withTypo = (name: string) => (name.length > 5 ? name.slice(0, -1) : name + name.at(-1)).toLowerCase();

test("write mode: a typed name with a typo counts, a wrong name does not", async ({ page }, testInfo) => {
  await page.goto("/sets/leaders");
  await page.getByRole("radio", { name: "schreiben (Namen und Länder)" }).check();
  await page.getByRole("link", { name: "Quiz starten" }).click();
  const quiz = new QuizPage(page);
  await expect(page.locator(".question-kind")).toHaveText("Schreiben");
  const field = page.getByLabel(/Deine Antwort \((Name|Land)\)/);
  await expect(field).toBeFocused();
  // No options to recognise: the name has to be known.
  await expect(page.getByRole("radio")).toHaveCount(0);

  const answer = async (text: string) => {
    const prompt = (await quiz.prompt().textContent())!;
    const kind = (await page.getByLabel("Deine Antwort (Land)").count()) ? "map" : "single";
    await field.fill(text === "right" ? withTypo(rightNameOf({ kind, prompt: { de: prompt } })) : text);
    await page.keyboard.press("Enter");
    await expect(quiz.feedback()).toBeVisible();
    return rightNameOf({ kind, prompt: { de: prompt } });
  };

  const right = await answer("right");
  await expect(page.locator(".feedback-title")).toHaveText(/^Richtig!/);
  await expect(page.getByText(`Richtige Antwort: ${right}`)).toBeVisible();
  await testInfo.attach("write-right", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  await quiz.next();

  const expected = await answer("Napoleon Bonaparte");
  await expect(page.locator(".feedback-title")).toHaveText(/^Leider falsch\./);
  await expect(page.getByText("Deine Antwort: Napoleon Bonaparte")).toBeVisible();
  await expect(page.getByText(`Richtige Antwort: ${expected}`)).toBeVisible();
  await testInfo.attach("write-wrong", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
});
