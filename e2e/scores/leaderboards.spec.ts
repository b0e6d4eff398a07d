import { createClassOnDashboard } from "@/e2e/support/teacher";
import { signUpTeacher } from "@/e2e/support/classroom";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { startQuiz } from "@/e2e/support/quiz";

/** A player in their own browser: plays the set and posts with a nickname; returns the score shown. */
async function playAndPost(page: Page, setId: string, nickname: string): Promise<number> {
  const quiz = await startQuiz(page, setId, 11);
  await quiz.playToEnd(30, undefined, true);
  const score = Number(await page.getByTestId("results-score").textContent());
  await page.getByLabel("Spitzname").fill(nickname);
  await page.getByRole("button", { name: "In die Bestenliste eintragen" }).click();
  await expect(page.getByText(`Eingetragen als „${nickname}“`)).toBeVisible();
  await expect(page.getByTestId("rank-all")).toHaveText(/Platz \d+ von \d+/);
  return score;
}

async function newPlayer(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE" });
  return context.newPage();
}

function uniqueName(prefix: string): string {
  return `${prefix} ${Math.random().toString(36).slice(2, 7)}`;
}

/** The rank shown for a nickname in the page's leaderboard table. */
async function rankOf(page: Page, nickname: string): Promise<number> {
  const row = page.getByRole("row").filter({ hasText: nickname });
  return Number(await row.getByRole("cell").first().textContent());
}

test("two players on two browsers see each other ranked correctly on the set's and the group's boards", async ({ browser }) => {
  // A teacher creates a class; two students join it with its code.
  const teacher = await newPlayer(browser);
  await signUpTeacher(teacher.request);
  const className = uniqueName("Klasse");
  const { code } = await createClassOnDashboard(teacher, className);

  const annaName = uniqueName("Anna");
  const benName = uniqueName("Ben");
  const [anna, ben] = [await newPlayer(browser), await newPlayer(browser)];
  for (const [page, nickname] of [
    [anna, annaName],
    [ben, benName],
  ] as const) {
    await page.goto("/groups");
    await page.getByLabel("Beitrittscode").fill(code);
    await page.getByLabel("Dein Spitzname").fill(nickname);
    await page.getByRole("button", { name: "Klasse beitreten" }).click();
    await expect(page.getByText(`Du bist der Klasse „${className}“ beigetreten.`)).toBeVisible();
  }
  await expectNoSeriousA11yViolations(anna);

  // Both play the same set and post.
  const annaScore = await playAndPost(anna, "africa", annaName);
  const benScore = await playAndPost(ben, "africa", benName);

  // The set's board, seen by Anna (updated live when Ben posted, or on load).
  await anna.goto("/leaderboards?set=africa&period=all");
  await expect(anna.getByRole("row").filter({ hasText: annaName })).toBeVisible();
  await expect(anna.getByRole("row").filter({ hasText: benName })).toBeVisible();
  const annaRank = await rankOf(anna, annaName);
  const benRank = await rankOf(anna, benName);
  if (annaScore === benScore) expect(annaRank).toBe(benRank);
  else expect(annaScore > benScore ? annaRank < benRank : annaRank > benRank).toBe(true);
  await expect(anna.getByRole("row").filter({ hasText: annaName })).toHaveAttribute("aria-current", "true");
  await expectNoSeriousA11yViolations(anna);

  // The class's board: the two of them, in the same order.
  await ben.goto("/groups");
  await ben.getByRole("link", { name: "Bestenliste der Klasse" }).first().click();
  await ben.getByLabel("Fragensatz").selectOption("africa");
  await expect(ben.getByRole("row").filter({ hasText: annaName })).toBeVisible();
  const groupAnna = await rankOf(ben, annaName);
  const groupBen = await rankOf(ben, benName);
  expect(Math.sign(groupAnna - groupBen)).toBe(Math.sign(annaRank - benRank));
  await expect(ben.getByRole("row")).toHaveCount(3);
  await expectNoSeriousA11yViolations(ben);
});

test("an open leaderboard updates without a reload when someone posts", async ({ browser }) => {
  const watcher = await newPlayer(browser);
  await watcher.goto("/leaderboards?set=middle-east&period=day");
  await expect(watcher.getByText("Aktualisiert sich von selbst")).toBeVisible();
  const player = await newPlayer(browser);
  const nickname = uniqueName("Cem");
  await playAndPost(player, "middle-east", nickname);
  await expect(watcher.getByRole("row").filter({ hasText: nickname })).toBeVisible({ timeout: 15_000 });
});

test("a score posted between the board's render and its stream's connection still reaches the open board", async ({
  browser,
}) => {
  const watcher = await newPlayer(browser);
  // The page's live stream is held back until the score is in: the gap a slow connection or a reconnect leaves.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await watcher.route("**/api/leaderboards/stream", async (route) => {
    await held;
    await route.continue();
  });
  await watcher.goto("/leaderboards?set=middle-east&period=day");
  const player = await newPlayer(browser);
  const nickname = uniqueName("Dana");
  await playAndPost(player, "middle-east", nickname);
  release();
  await expect(watcher.getByRole("row").filter({ hasText: nickname })).toBeVisible({ timeout: 15_000 });
});
