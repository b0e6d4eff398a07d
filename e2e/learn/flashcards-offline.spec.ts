import { expect, test } from "@playwright/test";

// The service worker is what is tested here (blocked for the other specs: playwright.config.ts).
test.use({ serviceWorkers: "allow" });

// Offline use (lib/platform/offline/sw.ts): a set's flashcards page, once opened, and the backs of the cards
// turned there come from the service worker's cache when there is no connection.
test("flashcards opened online work offline after a reload, with the turned card's back", async ({ page, context }) => {
  await page.goto("/sets/asia/flashcards");
  const turn = page.getByRole("button", { name: "Umdrehen" });
  await expect(turn).toBeVisible();
  const cue = await page.locator(".flashcard-cue").first().textContent();
  expect(cue).toBeTruthy();

  await turn.click();
  const statement = page.locator(".flashcard-statement");
  await expect(statement).toBeVisible();
  const back = await statement.textContent();
  // The worker is active and has kept what this first visit loaded (the page, the map, the back).
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const cached = (name: string) =>
    page.evaluate(
      async (cache) => (await (await caches.open(cache)).keys()).map((request) => new URL(request.url).pathname),
      name,
    );
  await expect.poll(() => cached("card-backs")).toHaveLength(1);
  await expect.poll(() => cached("study-pages")).toContain("/sets/asia/flashcards");

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Karteikarten" })).toBeVisible();
  await expect(page.locator(".flashcard-cue").first()).toHaveText(cue!);
  await page.getByRole("button", { name: "Umdrehen" }).click();
  await expect(page.locator(".flashcard-statement")).toHaveText(back!);
  // Rating offline is kept on the device like any rating.
  await page.getByRole("button", { name: /^Gut/ }).click();
  await expect(page.getByText("Bewertet: 1")).toBeVisible();

  // A quiz is graded on the server: offline, a set's page opened before says so plainly, and a quiz never
  // opened gets the offline page, which says the same.
  await context.setOffline(false);
  await page.goto("/sets/asia");
  await expect.poll(() => cached("study-pages")).toContain("/sets/asia");
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(/Quiz werden auf dem Server bewertet und brauchen eine Verbindung/)).toBeVisible();
  await page.goto("/sets/asia/quiz");
  await expect(page.getByRole("heading", { level: 1, name: "Keine Verbindung" })).toBeVisible();
  await expect(page.getByText(/Quiz \(sie werden auf dem Server bewertet\)/)).toBeVisible();
  await context.setOffline(false);
});
