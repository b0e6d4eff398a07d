// What cannot be undone asks first, in a dialog named for the action: Cancel leaves everything as it was, the
// action's own button does it. A teacher gets a new join code for a class, removes a student, deletes an ended
// assignment from the dashboard and finally the class.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { ApiStudent, createAssignment, createClass, signUpTeacher, uniqueName } from "@/e2e/support/classroom";
import { LAPTOP } from "@/e2e/support/teacher";

test("a new join code, removing a student, deleting a game and deleting the class each ask first; Cancel changes nothing", async ({
  browser,
}) => {
  const context = await browser.newContext(LAPTOP);
  const page = await context.newPage();
  await signUpTeacher(context.request);
  const className = uniqueName("9c ");
  const group = await createClass(context.request, className);
  const lea = await ApiStudent.joinClass(browser, group.joinCode, uniqueName("Lea"));
  const assignment = await createAssignment(context.request, { setId: "asia", groupId: group.id, questionCount: 2 });
  const ended = await context.request.post(`/api/games/${assignment.id}/actions`, { data: { action: "end" } });
  expect(ended.status(), await ended.text()).toBe(200);

  await page.goto(`/classroom/classes/${group.id}`);
  const code = page.getByTestId("class-join-code");
  await expect(code).toHaveText(group.joinCode);
  await page.getByRole("button", { name: "Neuen Code erzeugen" }).click();
  const renew = page.getByRole("dialog", { name: "Neuen Code erzeugen" });
  await expect(renew).toContainText("Der alte Code funktioniert danach nicht mehr.");
  await expect(renew.getByRole("button", { name: "Abbrechen" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await renew.getByRole("button", { name: "Abbrechen" }).click();
  await expect(renew).toBeHidden();
  await expect(code).toHaveText(group.joinCode);
  await page.getByRole("button", { name: "Neuen Code erzeugen" }).click();
  await renew.getByRole("button", { name: "Neuen Code erzeugen" }).click();
  await expect(code).not.toHaveText(group.joinCode);

  await page.getByRole("button", { name: `Entfernen: ${lea.nickname}` }).click();
  const remove = page.getByRole("dialog", { name: "Entfernen" });
  await expect(remove).toContainText(`${lea.nickname} aus der Klasse entfernen?`);
  await page.keyboard.press("Escape");
  await expect(remove).toBeHidden();
  await expect(page.getByRole("rowheader", { name: lea.nickname })).toBeVisible();
  await page.getByRole("button", { name: `Entfernen: ${lea.nickname}` }).click();
  await remove.getByRole("button", { name: "Entfernen" }).click();
  await expect(page.getByText(`${lea.nickname} wurde entfernt.`)).toBeVisible();
  await expect(page.getByRole("rowheader", { name: lea.nickname })).toHaveCount(0);

  await page.goto("/classroom");
  const game = page.locator(".teacher-game", { hasText: className });
  await expect(game).toHaveCount(1);
  await game.getByRole("button", { name: "Löschen" }).click();
  const deleteGame = page.getByRole("dialog", { name: "Löschen" });
  await expect(deleteGame).toContainText("mit Bericht löschen? Das lässt sich nicht rückgängig machen.");
  await deleteGame.getByRole("button", { name: "Abbrechen" }).click();
  await expect(game).toHaveCount(1);
  await game.getByRole("button", { name: "Löschen" }).click();
  await deleteGame.getByRole("button", { name: "Löschen" }).click();
  await expect(game).toHaveCount(0);
  expect((await context.request.get(`/api/games/${assignment.id}/report`)).status()).toBe(404);

  await page.goto(`/classroom/classes/${group.id}`);
  await page.getByRole("button", { name: "Klasse löschen" }).click();
  const deleteClass = page.getByRole("dialog", { name: "Klasse löschen" });
  await expect(deleteClass).toContainText(`Klasse „${className}“ löschen?`);
  await deleteClass.getByRole("button", { name: "Klasse löschen" }).click();
  await page.waitForURL(/\/classroom$/);
  await expect(page.getByText(className)).toHaveCount(0);
  await lea.context.close();
  await context.close();
});
