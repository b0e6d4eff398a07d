// A class's join code is for its teacher: the teacher's class page shows it, a student who has the class's board
// link does not see it, not even in the page's source.
import { expect, test } from "@playwright/test";
import { createClassOnDashboard } from "@/e2e/support/teacher";
import { signUpTeacher } from "@/e2e/support/classroom";

test("the class page shows the join code to the teacher only", async ({ browser }) => {
  const teacher = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await signUpTeacher(teacher.request);
  const { code } = await createClassOnDashboard(teacher, `Klasse ${Math.random().toString(36).slice(2, 7)}`);
  await teacher.getByRole("link", { name: "Bestenliste der Klasse" }).click();
  await teacher.waitForURL(/\/groups\/[0-9a-f-]{36}$/);
  const boardUrl = teacher.url();
  await expect(teacher.getByRole("link", { name: "Verwalten" })).toBeVisible();

  const student = await (await browser.newContext({ locale: "de-DE" })).newPage();
  const response = await student.goto(boardUrl);
  expect(await response!.text()).not.toContain(code);
  await expect(student.getByRole("heading", { name: "Bestenliste" }).first()).toBeVisible();
  await expect(student.getByText(code)).toHaveCount(0);
  await expect(student.getByRole("link", { name: "Verwalten" })).toHaveCount(0);
});
