// A class's join code is for its teacher: the teacher's browser shows it on the class page (asked for with the
// class's key), a student who has the class page's link does not see it, not even in the page's source.
import { expect, test } from "@playwright/test";

test("the class page shows the join code to the teacher only", async ({ browser }) => {
  const teacher = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await teacher.goto("/groups");
  await teacher.getByLabel("Name der Klasse").fill(`Klasse ${Math.random().toString(36).slice(2, 7)}`);
  await teacher.getByRole("button", { name: "Klasse anlegen" }).click();
  const code = /Beitrittscode: (\w+)/.exec((await teacher.getByText(/Beitrittscode: \w+/).textContent())!)![1]!;

  await teacher.getByRole("link", { name: "Verwaltungslink" }).click();
  await expect(teacher.getByRole("region", { name: "Für die Lehrkraft" })).toContainText(`Beitrittscode zum Teilen: ${code}`);
  const classUrl = teacher.url().split("#")[0]!;

  const student = await (await browser.newContext({ locale: "de-DE" })).newPage();
  const response = await student.goto(classUrl);
  expect(await response!.text()).not.toContain(code);
  await expect(student.getByRole("heading", { name: "Bestenliste" }).first()).toBeVisible();
  await expect(student.getByText(code)).toHaveCount(0);
  await expect(student.getByRole("region", { name: "Für die Lehrkraft" })).toHaveCount(0);
});
