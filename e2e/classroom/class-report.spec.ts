// A class's report across its assignments: a teacher signs up and creates a class, two students join it and
// play two assignments (through the API), the teacher opens the report, finds the fact everyone missed with its
// source, and one click on "Schwächste Fakten üben" sets an assignment to practise it. Other teachers and
// visitors who are not signed in see nothing of the class.
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { buildQuestionBank } from "@/questions/bank";
import { buildLearnFacts } from "@/lib/learn/rules/fact-deck";
import { testedFacts } from "@/lib/class-reports/rules/tested-facts";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { ApiStudent, createAssignment, createClass, signUpTeacher, uniqueName } from "@/e2e/support/classroom";

const QUESTIONS = 3;
const bank = buildQuestionBank().bank!;
const byId = new Map(bank.questions.map((question) => [question.id, question]));

/** A set whose first question (single choice or true/false) tests a fact none of the next two tests. */
const set = bank.sets.find((candidate) => {
  if (candidate.kind === "daily") return false;
  const [first, ...rest] = candidate.questionIds.slice(0, QUESTIONS).map((id) => byId.get(id)!);
  if (!first || !["single", "truefalse"].includes(first.kind) || testedFacts(first).length !== 1) return false;
  return rest.every((question) => !testedFacts(question).includes(testedFacts(first)[0]!));
})!;
const missedFact = testedFacts(byId.get(set.questionIds[0]!)!)[0]!;
const statement = buildLearnFacts(bank.questions, { factIds: [missedFact], seed: "e2e" })[0]!;

/** Saves the page at the three sizes teachers use (phone, laptop, desktop) when CLASS_REPORT_SHOTS names a folder. */
async function shots(page: Page, name: string): Promise<void> {
  const folder = process.env.CLASS_REPORT_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  for (const [width, height] of [
    [390, 844],
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${folder}/${name}-${width}x${height}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test("a teacher finds the fact the class missed with its source and sets an assignment to practise it", async ({ browser }) => {
  const desk = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "de-DE" });
  const page = await desk.newPage();
  await signUpTeacher(desk.request);
  const className = uniqueName("7b ");
  const group = await createClass(desk.request, className);

  // Before anyone has played there is nothing to practise, and the API says what to do.
  const early = await desk.request.post(`/api/groups/${group.id}/practice-weakest`, { data: {} });
  expect(early.status()).toBe(409);
  expect(((await early.json()) as { error: { message: string } }).error.message).toMatch(/play a game/);

  const students = [
    await ApiStudent.joinClass(browser, group.joinCode, uniqueName("Ada")),
    await ApiStudent.joinClass(browser, group.joinCode, uniqueName("Ben")),
  ];
  for (let round = 0; round < 2; round++) {
    const game = await createAssignment(desk.request, { setId: set.id, groupId: group.id, questionCount: QUESTIONS });
    // Both miss the first question every time and get the others right.
    for (const student of students) await student.playAssignment(game, (index) => index === 0);
  }

  await page.goto(`/classroom/classes/${group.id}/report`);
  await expect(page.getByRole("heading", { level: 1, name: `Bericht: ${className}` })).toBeVisible();
  const table = page.getByTestId("student-table");
  for (const student of students) {
    const cells = table.locator("tr", { hasText: student.nickname }).locator("td");
    // Live games, assignments, answers, share right (4 of 6).
    await expect(cells.nth(2)).toHaveText("0");
    await expect(cells.nth(3)).toHaveText("2");
    await expect(cells.nth(4)).toHaveText(String(2 * QUESTIONS));
    await expect(cells.nth(5)).toHaveText("67 %");
  }

  const weakest = page.getByTestId("weak-facts").getByRole("listitem").first();
  await expect(weakest).toContainText(statement.statement.de);
  await expect(weakest).toContainText("0 von 4 richtig");
  await expect(weakest.getByText("schwer", { exact: true })).toBeVisible();
  const source = statement.sources[0]!;
  await weakest.getByText(`Quelle: ${source.label.de}`).click();
  await expect(weakest.locator("blockquote").first()).toContainText(source.quote.slice(0, 40));
  await expectNoSeriousA11yViolations(page);
  await shots(page, "class-report");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Excel-Datei (XLSX, alle Ansichten)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

  await page.getByRole("button", { name: "Schwächste Fakten üben" }).click();
  await page.waitForURL(/\/host\/[0-9a-f-]{36}$/);
  // Named for what it is, not after the set its questions were drawn from; so in the class's list of games too.
  await expect(page.getByRole("heading", { name: "Aufgabe: Schwächste Fakten üben" })).toBeVisible();
  await shots(page, "practice-host");
  const practiceId = page.url().split("/").pop()!;
  await page.goto(`/classroom/classes/${group.id}/report`);
  await expect(page.getByText("Aufgabe · Schwächste Fakten üben")).toBeVisible();
  await shots(page, "class-report-with-practice");
  const report = await desk.request.get(`/api/games/${practiceId}/report`);
  expect(report.status()).toBe(200);
  expect(((await report.json()) as { report: { mode: string } }).report.mode).toBe("assignment");
  for (const student of students) await student.context.close();
  await desk.close();
});

test("another teacher's class report is a 404; without signing in the page says to sign in", async ({ browser }) => {
  const owner = await browser.newContext({ locale: "de-DE" });
  await signUpTeacher(owner.request);
  const group = await createClass(owner.request, uniqueName("8a "));

  const stranger = await browser.newContext({ locale: "de-DE" });
  await signUpTeacher(stranger.request, "Herr Keller");
  const page = await stranger.newPage();
  const response = await page.goto(`/classroom/classes/${group.id}/report`);
  expect(response?.status()).toBe(404);
  expect((await stranger.request.get(`/api/groups/${group.id}/report`)).status()).toBe(404);

  const visitor = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await visitor.goto(`/classroom/classes/${group.id}/report`);
  await expect(visitor.getByText("Der Bericht einer Klasse ist nur für ihre Lehrkraft.")).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Zur Anmeldung für Lehrkräfte" })).toHaveAttribute("href", "/classroom");
  expect((await visitor.request.get(`/api/groups/${group.id}/report`)).status()).toBe(401);
  await expectNoSeriousA11yViolations(visitor);
});
