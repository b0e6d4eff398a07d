// What goes wrong, said clearly: a wrong PIN, a taken or refused nickname, a locked or ended game, a kicked
// player; host actions without the host's key; answers to the wrong question.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { HostScreen, PlayerPhone, PHONE } from "@/e2e/support/live";

test("the join page says why a PIN or a nickname is refused, and late joining stops when the host locks", async ({ browser }) => {
  const host = await HostScreen.open(browser);
  await host.create({ set: "asia", questions: 2, seconds: 60 });

  const page = await (await browser.newContext(PHONE)).newPage();
  await page.goto("/join");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Spiel-PIN").fill("12ab");
  await page.getByRole("button", { name: "Weiter" }).tap();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Die PIN hat sechs Ziffern.");
  await page.getByLabel("Spiel-PIN").fill("000000");
  await page.getByRole("button", { name: "Weiter" }).tap();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Zu dieser PIN gibt es kein Spiel. Prüfe die Zahl am Beamer.");
  await expect(page.getByLabel("Spiel-PIN")).toHaveAttribute("aria-invalid", "true");

  const ada = await PlayerPhone.open(browser, "Ada");
  await ada.join(host.pin);
  await page.getByLabel("Spiel-PIN").fill(host.pin);
  await page.getByRole("button", { name: "Weiter" }).tap();
  for (const [nickname, message] of [
    ["ADA ", "Diesen Spitznamen hat schon jemand in diesem Spiel. Wähle einen anderen."],
    ["x", "Der Spitzname braucht mindestens 2 Zeichen."],
    ["Hitler", "Dieser Spitzname ist nicht erlaubt. Bitte wähle einen anderen."],
  ]) {
    await page.getByLabel("Dein Spitzname").fill(nickname!);
    await page.getByRole("button", { name: "Los geht's" }).tap();
    await expect(page.locator("main").getByRole("alert")).toHaveText(message!);
  }
  await expectNoSeriousA11yViolations(page);

  // Late joining is allowed while the game runs, until the host locks it.
  await host.press("Spiel starten");
  const late = await PlayerPhone.open(browser, "Lena");
  await late.join(host.pin, "typed");
  await late.expectQuestion(1);
  await host.press("Spiel sperren");
  await page.getByLabel("Dein Spitzname").fill("Zoe");
  await page.getByRole("button", { name: "Los geht's" }).tap();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Das Spiel ist gesperrt – niemand kann mehr beitreten.");

  page.once("dialog", (dialog) => void dialog.accept());
  host.page.once("dialog", (dialog) => void dialog.accept());
  await host.press("Spiel beenden");
  await expect(host.page.getByRole("heading", { name: "Siegertreppchen" })).toBeVisible();
  await page.goto(`/join?pin=${host.pin}`);
  await expect(page.locator("main").getByRole("alert")).toHaveText("Dieses Spiel ist schon beendet.");
});

test("a kicked player is told so and stays out", async ({ browser }) => {
  const host = await HostScreen.open(browser);
  await host.create({ set: "asia", questions: 2, seconds: 60 });
  const ben = await PlayerPhone.open(browser, "Ben");
  await ben.join(host.pin);
  await host.expectPlayers(1);
  // Removing is for good, so the host is asked first; "Cancel" keeps the player.
  host.page.once("dialog", (dialog) => void dialog.dismiss());
  await host.page.getByRole("button", { name: "Ben entfernen" }).click();
  await host.expectPlayers(1);
  host.page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe("Ben aus dem Spiel entfernen? Wer entfernt wurde, kann nicht wieder beitreten.");
    void dialog.accept();
  });
  await host.page.getByRole("button", { name: "Ben entfernen" }).click();
  await host.expectPlayers(0);
  await expect(ben.page.getByText("Die Lehrkraft hat dich aus dem Spiel entfernt.")).toBeVisible();
  const answer = await ben.page.request.post(`/api/games/${host.gameId}/answers`, { data: { questionIndex: 0, answer: null } });
  expect(answer.status()).toBe(403);
  expect((await answer.json()).error.code).toBe("player_removed");
  await ben.page.goto(`/join?pin=${host.pin}`);
  await expect(ben.page.locator("main").getByRole("alert")).toHaveText("Du wurdest aus diesem Spiel entfernt.");
});

test("host actions need the host's key (403), and an answer to another or a closed question is refused (409)", async ({
  browser,
  request,
}) => {
  const host = await HostScreen.open(browser);
  await host.create({ set: "asia", questions: 2, seconds: 60 });
  const ada = await PlayerPhone.open(browser, "Ada");
  await ada.join(host.pin);

  // A student who knows the PIN (and plays in the game) cannot control it; nor can a stranger.
  for (const client of [ada.page.request, request]) {
    const start = await client.post(`/api/games/${host.gameId}/actions`, { data: { action: "start" } });
    expect(start.status()).toBe(403);
    expect((await start.json()).error.code).toBe("not_host");
    expect((await client.get(`/api/games/${host.gameId}/report`)).status()).toBe(403);
  }
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(`/host/${host.gameId}`);
  await expect(stranger.getByText(/^Dieses Spiel steuert seine Lehrkraft/)).toBeVisible();
  await expect(stranger.getByRole("link", { name: "Übernehmen" })).toHaveAttribute("href", "/host/connect");

  await host.press("Spiel starten");
  await ada.expectQuestion(1);
  const answer = (questionIndex: number, body: Record<string, unknown> = {}) =>
    ada.page.request.post(`/api/games/${host.gameId}/answers`, { data: { questionIndex, answer: null, timeMs: 100, ...body } });
  const other = await answer(1);
  expect(other.status()).toBe(409);
  expect((await other.json()).error).toMatchObject({
    code: "not_current_question",
    message: "question 2 is not the current question (1)",
  });
  const malformed = await answer(0, { answer: { not: "an answer" } });
  expect(malformed.status()).toBe(400);

  await host.press("Frage schließen");
  await host.expectReveal(1);
  const closed = await answer(0, { answer: null });
  expect(closed.status()).toBe(409);
  expect((await closed.json()).error.code).toBe("question_closed");
});
