import { expect, test } from "@playwright/test";

// The service worker is what is tested here (blocked for the other specs: playwright.config.ts).
test.use({ serviceWorkers: "allow" });

// Learn mode without a connection (lib/platform/offline/sw.ts): a card whose back was never read cannot be
// checked offline; the answer stays, the page says so, and it is checked when the connection is back.
test("an answer given offline is kept and checked when the connection is back", async ({ page, context }) => {
  await page.goto("/sets/asia/learn");
  const dontKnow = page.getByRole("button", { name: "Weiß ich nicht" });
  await expect(dontKnow).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  await dontKnow.click();
  await expect(page.getByText(/Deine Antwort bleibt stehen und wird geprüft, sobald die Verbindung zurück ist/)).toBeVisible();
  await expect(page.getByRole("group", { name: "Wie gut wusstest du es?" })).toBeHidden();

  await context.setOffline(false);
  await expect(page.getByText("Nicht gewusst – so ist es richtig:")).toBeVisible();
  await page.getByRole("button", { name: /^Nochmal/ }).click();
  // The rating is kept on the device, as every rating is.
  await page.goto("/progress");
  await expect(page.getByText("1 von 97 Fakten begonnen")).toBeVisible();
});
