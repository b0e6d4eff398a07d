// A whole class arriving at once: the server asks some students to come back in a moment (503 with Retry-After).
// Their phones must say they are about to get in, try again by themselves and get in, never showing an error.
// The server's answer is stood in for by the test, so that the moment is certain; the server's own admission is
// covered by lib/games/join.int.test.ts.
import { expect, test, type Page } from "@playwright/test";
import { HostScreen, PlayerPhone } from "@/e2e/support/live";

/** The server's answer when it is saturated, for the first `times` requests to `path`. */
async function busyFor(page: Page, path: string, times: number): Promise<{ refused: () => number }> {
  let refused = 0;
  await page.route(`**${path}*`, async (route) => {
    if (refused >= times) return route.continue();
    refused++;
    await route.fulfill({
      status: 503,
      headers: { "Retry-After": "1", "Cache-Control": "no-store" },
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "busy", message: "many players are joining right now; try again in a moment" } }),
    });
  });
  return { refused: () => refused };
}

test("a student asked to wait sees that they are about to get in, then gets in by themselves", async ({ browser }) => {
  const host = await HostScreen.open(browser);
  await host.create({ set: "all-allies", questions: 2, seconds: 30 });

  const ada = await PlayerPhone.open(browser, "Ada");
  const lookups = await busyFor(ada.page, "/api/games/lookup", 1);
  const joins = await busyFor(ada.page, "/api/games/join", 2);

  // The QR code's link: the PIN look-up is refused once, then the nickname field appears.
  await ada.page.goto(`/join?pin=${host.pin}`);
  await expect(ada.page.getByRole("status").filter({ hasText: "Gleich geht's los …" })).toBeVisible();
  await ada.page.getByLabel("Dein Spitzname").fill("Ada");
  await ada.page.getByRole("button", { name: "Los geht's" }).tap();
  // Refused twice: the waiting state, no error.
  await expect(ada.page.getByRole("status").filter({ hasText: "Gleich geht's los …" })).toBeVisible();
  await expect(ada.page.getByText("Du kommst gleich von selbst rein")).toBeVisible();
  await expect(ada.page.locator("form").getByRole("alert")).toHaveCount(0);

  await ada.page.waitForURL(/\/play\/[0-9a-f-]{36}$/);
  await expect(ada.page.getByText("Du bist dabei!")).toBeVisible();
  await host.expectPlayers(1);
  expect(lookups.refused()).toBe(1);
  expect(joins.refused()).toBe(2);
});
