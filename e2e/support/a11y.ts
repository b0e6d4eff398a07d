import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails on any serious or critical accessibility violation of the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // Next.js streams a page's metadata after its body: after a client-side switch or refresh the heading can be
  // there before the new <title>. Wait for it (a page that never gets one still fails below).
  await expect.poll(() => page.title()).not.toBe("");
  // Text fading in (the podium rises in turn) has too little contrast for axe until it is there: the scan waits for
  // the animations that end (not the endless ones, a spinner's), at most 5 s.
  await page.evaluate(async () => {
    const ending = document
      .getAnimations()
      .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity));
    await Promise.race([
      Promise.all(ending.map((animation) => animation.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 5_000)),
    ]);
  });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
  expect(serious, "serious or critical axe violations").toEqual([]);
}
