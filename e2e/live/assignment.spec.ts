// An assignment: the host shares a link, students play at their own pace (one reloads half-way), each answer is
// graded at once with its source, and the host's page and report follow.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { parseCsv } from "@/e2e/support/csv";
import { HostScreen, PlayerPhone, snap } from "@/e2e/support/live";

test("students play an assignment at their own pace, with a reload; the host sees who finished and the report", async ({
  browser,
}) => {
  const host = await HostScreen.open(browser);
  await host.create({ mode: "assignment", set: "asia", questions: 3 });
  await expect(host.page.getByRole("heading", { name: "Aufgabe: Asien" })).toBeVisible();
  const link = await host.page.getByLabel("Link für die Klasse").inputValue();
  expect(link).toMatch(new RegExp(`/join\\?pin=${host.pin}$`));
  await expectNoSeriousA11yViolations(host.page);
  await snap(host.page, "host-assignment");

  const scores = new Map<string, string>();
  for (const [n, nickname] of ["Ada", "Ben"].entries()) {
    const student = await PlayerPhone.open(browser, nickname);
    await student.join(host.pin, "qr");
    for (let number = 1; number <= 3; number++) {
      await expect(student.page.getByText(`Frage ${number} von 3`)).toBeVisible();
      if (n === 0 && number === 2) {
        // A reload half-way: the same question again, nothing lost.
        await student.page.reload();
        await expect(student.page.getByText("Frage 2 von 3")).toBeVisible();
      }
      await student.answer(number % 2);
      await expect(student.page.getByText(/^(Richtig!|Leider falsch\.|Teilweise richtig\.)/)).toBeVisible();
      await expect(student.page.getByText("Quelle", { exact: true })).toBeVisible();
      if (n === 0 && number === 1) {
        await expectNoSeriousA11yViolations(student.page);
        await snap(student.page, "phone-assignment-feedback");
      }
      await student.page.getByRole("button", { name: number === 3 ? "Fertig" : "Nächste Frage" }).tap();
    }
    await expect(student.page.getByText("Geschafft! Deine Lehrkraft sieht dein Ergebnis.")).toBeVisible();
    scores.set(nickname, /(\d+) Punkte/.exec(await student.page.locator(".phone-top").innerText())![1]!);
    await student.context.close();
  }

  await expect(host.page.getByTestId("finished-count")).toHaveText("2");
  await host.page.getByRole("link", { name: "Bericht und CSV" }).click();
  const table = host.page.getByTestId("player-table");
  for (const [nickname, score] of scores) {
    await expect(table.locator("tr", { hasText: nickname }).locator("td").nth(2)).toHaveText(score);
    await expect(table.locator("tr", { hasText: nickname }).locator("td").nth(4)).toHaveText("3");
  }
  await expectNoSeriousA11yViolations(host.page);

  const [download] = await Promise.all([
    host.page.waitForEvent("download"),
    host.page.getByRole("link", { name: "Als CSV herunterladen" }).click(),
  ]);
  const rows = parseCsv(readFileSync((await download.path())!, "utf8"), ";").slice(1);
  expect(rows).toHaveLength(2 * 3);
  for (const [nickname, score] of scores) {
    const mine = rows.filter((row) => row[1] === nickname);
    expect(mine.reduce((sum, row) => sum + Number(row[9]), 0)).toBe(Number(score));
  }
  await host.context.close();
});
