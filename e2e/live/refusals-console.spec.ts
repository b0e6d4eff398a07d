// Expected refusals are answers, not errors: a wrong PIN (404), a taken nickname (409), a locked game (409) and a
// removed player (403) are said on the page, and nothing of ours reaches the console (no console.error, no
// uncaught rejection, no stream that keeps knocking after the refusal).
//
// The API keeps its status codes (scripts and the HTTP semantics depend on them), so Chrome's own network line
// "Failed to load resource: the server responded with a status of 404" does appear for each refused request. That
// line is the browser's log of the request, not our code's; it is accepted here only for exactly the refused
// requests, with exactly their status, and any other console error fails the test.
import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { HostScreen, PlayerPhone, PHONE } from "@/e2e/support/live";

type TRefusal = { path: RegExp; status: number };

/** Every console error and uncaught error of the page, except Chrome's network line for an expected refusal. */
function watchConsole(page: Page, expected: TRefusal[]): { ours: string[]; refusalsLogged: string[] } {
  const seen = { ours: [] as string[], refusalsLogged: [] as string[] };
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error") return;
    const url = message.location().url;
    const status = /^Failed to load resource: the server responded with a status of (\d{3})/.exec(message.text())?.[1];
    const known = status && expected.some((refusal) => refusal.path.test(url) && refusal.status === Number(status));
    if (known) seen.refusalsLogged.push(`${status} ${new URL(url).pathname}`);
    else seen.ours.push(`${message.text()} (${url})`);
  });
  page.on("pageerror", (error) => seen.ours.push(`uncaught: ${error.message}`));
  return seen;
}

test("a wrong PIN, a taken nickname, a locked game and a removed player are refused without console errors of ours", async ({
  browser,
}) => {
  const host = await HostScreen.open(browser);
  await host.create({ set: "asia", questions: 2, seconds: 60 });
  const ada = await PlayerPhone.open(browser, "Ada");
  await ada.join(host.pin);

  const lookup = /\/api\/games\/lookup\?pin=/;
  const join = /\/api\/games\/join$/;
  const page = await (await browser.newContext(PHONE)).newPage();
  const joinConsole = watchConsole(page, [
    { path: lookup, status: 404 },
    { path: join, status: 409 },
  ]);

  // Wrong PIN: 404.
  await page.goto("/join");
  await page.getByLabel("Spiel-PIN").fill("000000");
  await page.getByRole("button", { name: "Weiter" }).tap();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Zu dieser PIN gibt es kein Spiel. Prüfe die Zahl am Beamer.");

  // Taken nickname: 409.
  await page.getByLabel("Spiel-PIN").fill(host.pin);
  await page.getByRole("button", { name: "Weiter" }).tap();
  await page.getByLabel("Dein Spitzname").fill("Ada");
  await page.getByRole("button", { name: "Los geht's" }).tap();
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Diesen Spitznamen hat schon jemand in diesem Spiel. Wähle einen anderen.",
  );

  // Locked: 409.
  await host.press("Spiel sperren");
  await page.getByLabel("Dein Spitzname").fill("Zoe");
  await page.getByRole("button", { name: "Los geht's" }).tap();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Das Spiel ist gesperrt – niemand kann mehr beitreten.");
  await host.press("Spiel entsperren");

  // Removed: Ben's phone is told at once; his stream does not knock again, and a new try is refused with 403.
  const ben = await PlayerPhone.open(browser, "Ben");
  const benConsole = watchConsole(ben.page, [
    // The reload of /play asks who Ben is (403); his event stream must not be refused: it is closed, not retried.
    { path: /\/api\/games\/[^/]+\/me$/, status: 403 },
    { path: lookup, status: 403 },
  ]);
  await ben.join(host.pin);
  await host.expectPlayers(2);
  host.page.once("dialog", (dialog) => void dialog.accept());
  await host.page.getByRole("button", { name: "Ben entfernen" }).click();
  await expect(ben.page.getByText("Die Lehrkraft hat dich aus dem Spiel entfernt.")).toBeVisible();
  // Longer than the browser's and our own reconnect delays (3 s): a stream retrying would show up by now.
  await ben.page.waitForTimeout(4_500);
  await ben.page.reload();
  await expect(ben.page.getByText("Die Lehrkraft hat dich aus dem Spiel entfernt.")).toBeVisible();
  await ben.page.goto(`/join?pin=${host.pin}`);
  await expect(ben.page.locator("main").getByRole("alert")).toHaveText("Du wurdest aus diesem Spiel entfernt.");

  expect(joinConsole.ours, "console errors on the join page").toEqual([]);
  expect(benConsole.ours, "console errors on the removed player's phone").toEqual([]);
  // The refusals really were refusals (and Chrome's line is the only trace of them).
  expect(joinConsole.refusalsLogged).toEqual(["404 /api/games/lookup", "409 /api/games/join", "409 /api/games/join"]);
  expect(benConsole.refusalsLogged).toEqual(expect.arrayContaining(["403 /api/games/lookup"]));
  await Promise.all([host.context, ada.context, ben.context, page.context()].map((context) => context.close()));
});
