// A whole live game as a class plays it: a host on the projector and three students on phones. One student
// reloads mid-question, one answers after the question has closed, one tries again from a second tab. The podium,
// the report and the CSV must agree with what the phones showed.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { parseCsv } from "@/e2e/support/csv";
import { HostScreen, PlayerPhone, snap } from "@/e2e/support/live";

test("a host and three players play a whole game, with a reload, a late answer and a second tab; podium, report and CSV agree", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const host = await HostScreen.open(browser);
  // The longest clock: the first question must still be open after the scans, the answers and the second tab on a
  // busy CI machine (at 30 s it closed before the second tab looked). The questions close by the host or by all
  // having answered.
  await host.create({ set: "all-allies", questions: 3, seconds: 120, shuffle: false });
  await expectNoSeriousA11yViolations(host.page);

  const ada = await PlayerPhone.open(browser, "Ada");
  const ben = await PlayerPhone.open(browser, "Ben");
  const cem = await PlayerPhone.open(browser, "Cem");
  await ada.join(host.pin, "qr");
  await ben.join(host.pin, "typed");
  await cem.join(host.pin, "qr");
  const players = [ada, ben, cem];
  await host.expectPlayers(3);
  await expect(ada.page.getByText("Du bist dabei!")).toBeVisible();
  await expectNoSeriousA11yViolations(ada.page);
  await snap(host.page, "host-lobby");
  await snap(ada.page, "phone-lobby");

  await host.press("Spiel starten");
  for (const player of players) await player.expectQuestion(1);
  await host.expectAnswered(0, 3);
  await expectNoSeriousA11yViolations(host.page);
  await expectNoSeriousA11yViolations(ada.page);
  await snap(host.page, "host-question");
  await snap(ada.page, "phone-question");

  // Ada answers; her second tab shows the answer as given, and cannot answer again.
  await ada.answer(0);
  await ada.expectReceived();
  await host.expectAnswered(1, 3);
  const secondTab = await ada.context.newPage();
  await secondTab.goto(`/play/${host.gameId}`);
  await expect(secondTab.getByText("Antwort erhalten – warte auf die anderen …")).toBeVisible();
  const again = await secondTab.request.post(`/api/games/${host.gameId}/answers`, {
    data: { questionIndex: 0, answer: null, timeMs: 10 },
  });
  expect(again.status()).toBe(200);
  expect(await again.json()).toEqual({ status: "duplicate", questionIndex: 0 });
  await secondTab.close();

  // Ben's phone reloads mid-question: he is back in the same question and answers.
  await ben.page.reload();
  await ben.expectQuestion(1);
  await ben.answer(1);
  await ben.expectReceived();
  await host.expectAnswered(2, 3);

  // Cem answers, but his answer reaches the server only after the host has closed the question.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await cem.page.route("**/api/games/*/answers", async (route) => {
    await held;
    await route.continue();
  });
  await cem.answer(2);
  await host.press("Frage schließen");
  await host.expectReveal(1);
  release();
  await expect(cem.page.getByText("Zu spät – die Frage war schon geschlossen. Deine Antwort zählt nicht.")).toBeVisible();
  await expect(cem.page.getByRole("heading", { name: "Keine Antwort" })).toBeVisible();
  await cem.page.unrouteAll();
  await expect(host.page.getByText("2 von 3 haben geantwortet")).toBeVisible();

  // The projector's top list and every phone agree on ranks and scores.
  const topRows = host.page.getByTestId("top-list").locator("li");
  await expect(topRows).toHaveCount(3);
  for (const player of players) {
    const mine = await player.result();
    expect(mine.of).toBe(3);
    await expect(topRows.filter({ hasText: player.nickname })).toContainText(String(mine.score));
    await expect(topRows.filter({ hasText: player.nickname }).locator(".top-rank")).toHaveText(String(mine.rank));
  }
  await expectNoSeriousA11yViolations(host.page);
  await expectNoSeriousA11yViolations(ada.page);
  await snap(host.page, "host-reveal");
  await snap(ada.page, "phone-result");

  // Questions 2 and 3: everyone answers, so each closes without waiting for the clock.
  for (const number of [2, 3]) {
    await host.press("Nächste Frage");
    for (const player of players) await player.expectQuestion(number);
    for (const [i, player] of players.entries()) await player.answer((i + number) % 2);
    await host.expectReveal(number);
  }
  await host.press("Zum Siegertreppchen");
  const finals = new Map<string, { rank: number; score: number }>();
  for (const player of players) finals.set(player.nickname, await player.final());

  // The podium: the best three in the order of their final scores.
  const podium = host.page.getByTestId("podium");
  for (const [nickname, place] of finals) {
    await expect(podium.getByRole("listitem", { name: `Platz ${place.rank}: ${nickname}, ${place.score}` })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(host.page);
  await expectNoSeriousA11yViolations(cem.page);
  await snap(host.page, "host-podium");
  await snap(cem.page, "phone-final");
  await host.press("Alle Ergebnisse");
  for (const [nickname, place] of finals) {
    await expect(host.page.locator("#full-results tr", { hasText: nickname })).toContainText(
      `${place.rank}${nickname}${place.score}`,
    );
  }

  // Each phone keeps its answers for review mode: Cem's late answer is not among them.
  const liveAnswers = async (player: PlayerPhone) =>
    player.page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem("verbuendete-quiz:progress") ?? "{}") as {
        state?: { answers?: Array<{ source: string }> };
      };
      return (saved.state?.answers ?? []).filter((answer) => answer.source === "live").length;
    });
  expect(await liveAnswers(ada)).toBe(3);
  expect(await liveAnswers(cem)).toBe(2);

  // The report, and the CSV it exports, agree with the phones.
  await host.page.getByRole("link", { name: "Bericht und CSV" }).click();
  await expect(host.page.getByRole("heading", { name: /^Bericht/ })).toBeVisible();
  const table = host.page.getByTestId("player-table");
  for (const [nickname, place] of finals) {
    const answered = nickname === "Cem" ? 2 : 3;
    await expect(table.locator("tr", { hasText: nickname }).locator("td")).toHaveText([
      String(place.rank),
      nickname,
      String(place.score),
      /\d+/,
      String(answered),
    ]);
  }
  await expect(host.page.getByTestId("question-table").locator("tbody tr")).toHaveCount(3);
  await expectNoSeriousA11yViolations(host.page);
  await snap(host.page, "host-report");

  const [download] = await Promise.all([
    host.page.waitForEvent("download"),
    host.page.getByRole("link", { name: "Als CSV herunterladen" }).click(),
  ]);
  const rows = parseCsv(readFileSync((await download.path())!, "utf8"), ";");
  expect(rows[0]).toEqual([
    "Platz",
    "Spitzname",
    "Punkte gesamt",
    "Richtige gesamt",
    "Frage Nr.",
    "Frage",
    "Antwort",
    "Richtig",
    "Zeit (s)",
    "Punkte",
  ]);
  expect(rows).toHaveLength(1 + 3 * 3);
  for (const [nickname, place] of finals) {
    const mine = rows.slice(1).filter((row) => row[1] === nickname);
    expect(mine).toHaveLength(3);
    expect(mine.every((row) => row[0] === String(place.rank) && row[2] === String(place.score))).toBe(true);
    // The points per question add up to the total; the right answers to the total right.
    expect(mine.reduce((sum, row) => sum + Number(row[9]), 0)).toBe(place.score);
    const correct = await table.locator("tr", { hasText: nickname }).locator("td").nth(3).innerText();
    expect(mine.filter((row) => row[7] === "ja")).toHaveLength(Number(correct));
  }
  await Promise.all([host.context.close(), ...players.map((player) => player.context.close())]);
});
