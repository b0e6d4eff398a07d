import { expect, test } from "@playwright/test";

test("flashcards turn with Space, rate with the number keys and move with the arrows", async ({ page }) => {
  await page.goto("/sets/africa/flashcards");
  const position = page.getByRole("progressbar");
  await expect(position).toHaveAccessibleName(/^Karte 1 von \d+$/);
  const turn = page.getByRole("button", { name: "Umdrehen" });
  await expect(turn).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("heading", { level: 2, name: "Burkina Faso" })).toBeVisible();
  const source = page.getByText(/^„.*“$/).first();
  await expect(source).toBeHidden();

  await page.keyboard.press("Space");
  await expect(turn).toHaveAttribute("aria-expanded", "true");
  await expect(source).toBeVisible();
  await page.keyboard.press("Space");
  await expect(source).toBeHidden();
  // Rating keys do nothing until the card is turned.
  await page.keyboard.press("3");
  await expect(position).toHaveAccessibleName(/^Karte 1 von/);

  await page.keyboard.press("Space");
  await expect(page.getByRole("group", { name: "Wie gut wusstest du es?" })).toBeVisible();
  await page.keyboard.press("3");
  await expect(position).toHaveAccessibleName(/^Karte 2 von/);
  await expect(page.getByText("Bewertet: 1")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Die letzte Karte kommt" })).toContainText(/in \d+ Minuten/);
  await expect(turn).toHaveAttribute("aria-expanded", "false");

  await page.keyboard.press("ArrowRight");
  await expect(position).toHaveAccessibleName(/^Karte 3 von/);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(position).toHaveAccessibleName(/^Karte 1 von/);
  await expect(page.getByText("Diese Karte hast du schon bewertet.")).toBeVisible();

  // The rating is kept with the progress.
  await page.goto("/progress");
  await expect(page.getByText("1 von 97 Fakten begonnen")).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test("a tap turns the card and the ratings are buttons", async ({ page }) => {
    await page.goto("/sets/post-soviet/flashcards");
    const turn = page.getByRole("button", { name: "Umdrehen" });
    await expect(turn).toHaveAttribute("aria-expanded", "false");
    await page
      .getByRole("region", { name: /^Karte 1 von/ })
      .getByRole("heading", { level: 2 })
      .tap();
    await expect(turn).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("button", { name: /^Gut/ }).tap();
    await expect(page.getByRole("progressbar")).toHaveAccessibleName(/^Karte 2 von/);
  });
});

test("every front asks something its back answers, no two alike", async ({ page }) => {
  // All 97 cards of the set, one after the other: over a minute when the other worker runs a live game.
  test.setTimeout(150_000);
  await page.goto("/sets/all-allies/flashcards");
  const position = page.getByRole("progressbar");
  await expect(position).toHaveAccessibleName(/^Karte 1 von \d+$/);
  const total = Number(/von (\d+)/.exec((await position.getAttribute("aria-label")) ?? "")![1]);
  const fronts = new Map<string, number>();
  const repeated: string[] = [];
  for (let card = 1; card <= total; card++) {
    await expect(position).toHaveAccessibleName(new RegExp(`^Karte ${card} von`));
    const front = page.locator(".flashcard-front");
    const cue = (await front.locator(".flashcard-cue").textContent()) ?? "";
    expect(cue.length, `card ${card}`).toBeGreaterThan(15);
    const text = await front.innerText();
    if (fronts.has(text)) repeated.push(`cards ${fronts.get(text)} and ${card}: ${text}`);
    fronts.set(text, card);
    await page.keyboard.press("ArrowRight");
  }
  expect(repeated).toEqual([]);
});

test.describe("on a 390×844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the turned card's answer is in view above the ratings", async ({ page }, testInfo) => {
    await page.goto("/sets/asia/flashcards");
    await page.screenshot({ path: testInfo.outputPath("flashcards-front-phone.png") });
    await page.getByRole("button", { name: "Umdrehen" }).tap();
    const statement = page.locator(".flashcard-statement");
    const ratings = page.getByRole("group", { name: "Wie gut wusstest du es?" });
    await expect(ratings).toBeVisible();
    await expect(statement).toBeInViewport();
    const answer = (await statement.boundingBox())!;
    const bar = (await page.locator(".rating").boundingBox())!;
    expect(answer.y + answer.height).toBeLessThanOrEqual(bar.y);
    await page.screenshot({ path: testInfo.outputPath("flashcards-back-phone.png") });
  });
});
