// An assignment gives each student their own order: of the questions and of each question's options. Answers
// are still graded right (the options keep the game's sealed ids), and a reload after an answer shows that
// answer's feedback again instead of skipping to the next question.
import { expect, test, type Page } from "@playwright/test";
import { rightAnswerOf } from "@/e2e/support/answer-key";
import { HostScreen, PlayerPhone } from "@/e2e/support/live";
import type { TMeView } from "@/lib/games/events";

type TShownQuestion = NonNullable<NonNullable<TMeView["assignment"]>["question"]>;

/** Shows the next question (the phone asks for it) and returns it as the server sent it. */
async function nextQuestion(page: Page, show: () => Promise<unknown>): Promise<TShownQuestion> {
  const [response] = await Promise.all([page.waitForResponse((r) => /\/api\/games\/[^/]+\/next$/.test(r.url())), show()]);
  return ((await response.json()) as TMeView).assignment!.question!;
}

/** Answers right through the phone's controls, as a student who knows the material would. */
async function answerRight(page: Page, question: TShownQuestion): Promise<void> {
  const right = rightAnswerOf(question);
  if (question.kind === "single") {
    const text = question.options.find((option) => option.id === right)!.text.de;
    return page.getByRole("radio", { name: text }).tap();
  }
  if (question.kind === "truefalse") return page.getByRole("radio", { name: right === "true" ? "Richtig" : "Falsch" }).tap();
  if (question.kind === "map") {
    await page
      .getByLabel("Land auswählen")
      .selectOption({ label: new Intl.DisplayNames(["de"], { type: "region" }).of(String(right))! });
    return page.getByRole("button", { name: "Antwort senden" }).tap();
  }
  throw new Error(`africa has no ${question.kind} question`);
}

test("each student gets their own question and option order, is graded right, and a reload keeps the feedback", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const host = await HostScreen.open(browser);
  // Africa: nine questions (single choice, true/false, one map), all of them.
  await host.create({ mode: "assignment", set: "africa", questions: 9 });

  const seen = new Map<string, TShownQuestion[]>();
  for (const nickname of ["Ada", "Ben"]) {
    const student = await PlayerPhone.open(browser, nickname);
    const questions: TShownQuestion[] = [];
    let question = await nextQuestion(student.page, () => student.join(host.pin));
    for (let number = 1; number <= 9; number++) {
      questions.push(question);
      await expect(student.page.getByText(`Frage ${number} von 9`)).toBeVisible();
      await answerRight(student.page, question);
      await expect(student.page.getByText(/^Richtig! /)).toBeVisible();
      if (nickname === "Ada" && number === 2) {
        // A reload after answering: the same verdict and the way on, not the next question.
        await student.page.reload();
        await expect(student.page.getByText(/^Richtig! /)).toBeVisible();
        await expect(student.page.getByRole("heading", { name: question.prompt.de })).toBeVisible();
        await expect(student.page.getByText(`Frage 3 von 9`)).toBeHidden();
      }
      const next = student.page.getByRole("button", { name: number === 9 ? "Fertig" : "Nächste Frage" });
      if (number < 9) question = await nextQuestion(student.page, () => next.tap());
      else await next.tap();
    }
    await expect(student.page.getByText("Geschafft! Deine Lehrkraft sieht dein Ergebnis.")).toBeVisible();
    await expect(student.page.getByText(/9 richtig/)).toBeVisible();
    seen.set(nickname, questions);
    await student.context.close();
  }

  const [ada, ben] = [seen.get("Ada")!, seen.get("Ben")!];
  // Their own question order: the same nine questions, not in the same order.
  expect(ada.map((q) => q.id).sort()).toEqual(ben.map((q) => q.id).sort());
  expect(ada.map((q) => q.id)).not.toEqual(ben.map((q) => q.id));
  // Their own option order: the choice questions' options (the same sealed ids) in another order for at least one.
  const optionOrder = (questions: TShownQuestion[]) =>
    Object.fromEntries(questions.filter((q) => q.kind === "single").map((q) => [q.id, q.options.map((o) => o.id).join()]));
  const [adaOptions, benOptions] = [optionOrder(ada), optionOrder(ben)];
  expect(Object.keys(adaOptions).sort()).toEqual(Object.keys(benOptions).sort());
  expect(Object.values(adaOptions)).not.toEqual(Object.keys(adaOptions).map((id) => benOptions[id]));

  // The report counts every answer right for both.
  await host.page.getByRole("link", { name: "Bericht und CSV" }).click();
  const table = host.page.getByTestId("player-table");
  for (const nickname of ["Ada", "Ben"]) {
    await expect(table.locator("tr", { hasText: nickname }).locator("td").nth(3)).toHaveText("9");
  }
  await host.context.close();
});
