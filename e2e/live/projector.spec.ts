// The host's screen on the projector: without the app's header, a question and its reveal fit a 1366×768 laptop
// without scrolling and grow on a 1920×1080 projector; a map question shows the map, and the reveal marks the
// right country (and wrong picks, small ones by their marker) on the projector and on the phones; the podium
// rises unless the viewer prefers reduced motion.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { HostScreen, PlayerPhone, snapSizes } from "@/e2e/support/live";

const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };
// The question is the largest text on the projector; the reveal's prompt steps back for the results.
const QUESTION_PROMPT = { selector: ".projector-prompt", minPx: 48 };
const REVEAL_PROMPT = { selector: ".projector-prompt", minPx: 36 };

/** Nothing to scroll: the page is no larger than the window. */
async function expectNoScrolling(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
    windowHeight: window.innerHeight,
    windowWidth: window.innerWidth,
  }));
  expect(size.height, "page height").toBeLessThanOrEqual(size.windowHeight);
  expect(size.width, "page width").toBeLessThanOrEqual(size.windowWidth);
}

const fontSize = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

/** At each size: no scrolling, `visible` wholly on screen; the prompt's type grows with the screen, to `minPx` or more at 1080p. */
async function expectFitsAndFills(
  page: Page,
  prompt: { selector: string; minPx: number },
  visible: () => ReturnType<Page["locator"]>[],
): Promise<void> {
  const sizes: number[] = [];
  for (const viewport of [LAPTOP, PROJECTOR]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(200);
    await expectNoScrolling(page);
    for (const locator of visible()) await expect(locator).toBeInViewport({ ratio: 1 });
    sizes.push(await fontSize(page, prompt.selector));
  }
  // Readable from the back of the room: the type grows with the projector, not just the margins.
  expect(sizes[1]!).toBeGreaterThanOrEqual(prompt.minPx);
  expect(sizes[1]! / sizes[0]!).toBeGreaterThan(1.3);
}

test("the projector shows the game without the app's header, fitting a laptop and filling a projector; the map question too", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const host = await HostScreen.open(browser, { viewport: LAPTOP });
  // all-allies in its own order: a true/false question, another, then a map question (Kasachstan).
  await host.create({ set: "all-allies", questions: 3, seconds: 60, shuffle: false });
  await expect(host.page.locator(".site-header")).toBeHidden();
  await expect(host.page.getByRole("button", { name: "Vollbild" })).toBeVisible();

  const ada = await PlayerPhone.open(browser, "Ada");
  await ada.join(host.pin);
  await host.expectPlayers(1);
  await host.press("Spiel starten");
  await ada.expectQuestion(1);

  const controls = () => host.page.getByRole("group", { name: "Spielsteuerung" });
  await expectFitsAndFills(host.page, QUESTION_PROMPT, () => [
    host.page.locator(".projector-prompt"),
    host.page.locator(".projector-options"),
    host.page.getByTestId("answered-count"),
    controls(),
  ]);
  await expectNoSeriousA11yViolations(host.page);
  await snapSizes(host.page, "host-question");

  await ada.answer(0);
  await host.expectReveal(1);
  await expectFitsAndFills(host.page, REVEAL_PROMPT, () => [
    host.page.locator(".distribution-chart"),
    host.page.getByTestId("right-answer"),
    host.page.getByTestId("top-list"),
    controls(),
  ]);
  await expectNoSeriousA11yViolations(host.page);
  await snapSizes(host.page, "host-reveal");

  await host.press("Nächste Frage");
  await ada.expectQuestion(2);
  await host.press("Frage schließen");
  await host.expectReveal(2);

  // The map question: the map on the projector while the class answers.
  await host.press("Nächste Frage");
  await ada.expectQuestion(3);
  await expect(host.page.locator(".projector-map svg")).toBeVisible();
  await expectFitsAndFills(host.page, QUESTION_PROMPT, () => [host.page.locator(".projector-map svg"), controls()]);
  await snapSizes(host.page, "host-map-question");

  // Ada picks Lebanon, too small to see on the map: it has a round marker, red at the reveal; Kazakhstan is green.
  await ada.page.getByLabel("Land auswählen").selectOption({ label: "Libanon" });
  await ada.page.getByRole("button", { name: "Antwort senden" }).tap();
  await host.expectReveal(3);
  const projectorMap = host.page.locator(".projector-map");
  await expect(projectorMap.locator('path.map-country[data-code="KZ"]')).toHaveClass(/is-right/);
  await expect(projectorMap.locator('circle.map-marker[data-code="LB"]')).toHaveClass(/is-wrong/);
  await expect(projectorMap.locator(".map-country.is-right, .map-marker.is-right")).toHaveCount(1);
  await expect(host.page.getByTestId("right-answer")).toHaveText("Kasachstan");
  await expectFitsAndFills(host.page, REVEAL_PROMPT, () => [projectorMap.locator("svg"), controls()]);
  await expectNoSeriousA11yViolations(host.page);
  await snapSizes(host.page, "host-map-reveal");

  // The phone shows the same: its own wrong pick by its marker, the right country green.
  const phoneMap = ada.page.locator(".phone-map");
  await expect(phoneMap.locator('path.map-country[data-code="KZ"]')).toHaveClass(/is-right/);
  await expect(phoneMap.locator('circle.map-marker[data-code="LB"]')).toHaveClass(/is-wrong/);
  await expectNoSeriousA11yViolations(ada.page);
  await snapSizes(ada.page, "phone-map-result");

  await host.press("Zum Siegertreppchen");
  const podium = host.page.getByTestId("podium");
  await expect(podium.getByRole("listitem", { name: /^Platz 1: Ada, \d+$/ })).toBeVisible();
  await expectNoScrolling(host.page);
  // Risen: the winner on the top step.
  await host.page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState === "finished"));
  await expectNoSeriousA11yViolations(host.page);
  await snapSizes(host.page, "host-podium");
  await Promise.all([host.context.close(), ada.context.close()]);
});

test("the podium rises place by place, and stands still for those who prefer reduced motion", async ({ browser }) => {
  const steps = async (reducedMotion: "reduce" | "no-preference") => {
    const host = await HostScreen.open(browser, { reducedMotion });
    await host.create({ set: "asia", questions: 1, seconds: 60 });
    const ada = await PlayerPhone.open(browser, "Ada");
    await ada.join(host.pin);
    await host.expectPlayers(1);
    await host.press("Spiel starten");
    await host.press("Frage schließen");
    await host.press("Zum Siegertreppchen");
    const step = host.page.getByTestId("podium").getByRole("listitem").first();
    await expect(step).toBeVisible();
    const animation = await step.evaluate((element) => getComputedStyle(element).animationName);
    await Promise.all([host.context.close(), ada.context.close()]);
    return animation;
  };
  expect(await steps("no-preference")).toBe("podium-rise");
  expect(await steps("reduce")).toBe("none");
});

test("fullscreen from the host screen, and filling the window where the browser has no Fullscreen API", async ({ browser }) => {
  const host = await HostScreen.open(browser, { viewport: LAPTOP });
  await host.create({ set: "asia", questions: 1, seconds: 60 });
  const button = host.page.getByRole("button", { name: "Vollbild" });
  await button.click();
  await expect.poll(() => host.page.evaluate(() => document.fullscreenElement?.tagName)).toBe("HTML");
  await expect(host.page.getByRole("button", { name: "Vollbild beenden" })).toHaveAttribute("aria-pressed", "true");
  await host.page.getByRole("button", { name: "Vollbild beenden" }).click();
  await expect.poll(() => host.page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(button).toHaveAttribute("aria-pressed", "false");

  // A browser without it (iPhone Safari): the screen covers the window, and says how to get more.
  await host.page.addInitScript(() => Object.defineProperty(Document.prototype, "fullscreenEnabled", { get: () => false }));
  await host.page.reload();
  await host.page.getByRole("button", { name: "Vollbild" }).click();
  await expect(host.page.getByRole("status").filter({ hasText: "F11" })).toBeVisible();
  const box = await host.page.locator(".projector").boundingBox();
  expect(box).toMatchObject({ x: 0, y: 0, width: LAPTOP.width, height: LAPTOP.height });
  await host.page.getByRole("button", { name: "Vollbild beenden" }).click();
  await expect(host.page.getByRole("status").filter({ hasText: "F11" })).toBeHidden();
  await host.context.close();
});

test("sounds are off by default; switched on, the last seconds tick and the podium plays, and the choice is remembered", async ({
  browser,
}) => {
  const host = await HostScreen.open(browser);
  // Counts the tones the page makes (each is an oscillator of the Web Audio API).
  await host.context.addInitScript(() => {
    const counted = window as typeof window & { tones?: number };
    counted.tones = 0;
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      counted.tones = (counted.tones ?? 0) + 1;
      return create.call(this);
    };
  });
  const tones = () => host.page.evaluate(() => (window as typeof window & { tones?: number }).tones ?? 0);
  await host.create({ set: "asia", questions: 2, seconds: 7 });
  const sound = host.page.getByRole("button", { name: "Töne" });
  await expect(sound).toHaveAttribute("aria-pressed", "false");
  const ada = await PlayerPhone.open(browser, "Ada");
  await ada.join(host.pin);
  await host.expectPlayers(1);

  // Off: the question's last seconds pass in silence.
  await host.press("Spiel starten");
  await expect(host.page.getByRole("timer")).toHaveText("1", { timeout: 15_000 });
  expect(await tones()).toBe(0);
  await host.expectReveal(1);

  // On, and still on after a reload.
  await sound.click();
  await expect(sound).toHaveAttribute("aria-pressed", "true");
  await host.page.reload();
  await expect(host.page.getByRole("button", { name: "Töne" })).toHaveAttribute("aria-pressed", "true");
  await host.press("Nächste Frage");
  await expect(host.page.getByRole("timer")).toHaveText("1", { timeout: 15_000 });
  expect(await tones()).toBeGreaterThanOrEqual(4);
  await host.expectReveal(2);
  const beforePodium = await tones();
  await host.press("Zum Siegertreppchen");
  await expect(host.page.getByTestId("podium")).toBeVisible();
  await expect.poll(tones).toBeGreaterThan(beforePodium + 3);
  await Promise.all([host.context.close(), ada.context.close()]);
});
