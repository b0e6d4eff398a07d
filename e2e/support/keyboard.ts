import { expect, type Page } from "@playwright/test";

/** Presses Tab until the focused element matches `test` (keyboard-only navigation, no clicks). */
export async function tabTo(
  page: Page,
  test: (element: { tag: string; label: string; text: string; type: string }) => boolean,
  max = 80,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return null;
      const labelled = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
      return {
        tag: element.tagName.toLowerCase(),
        label: element.getAttribute("aria-label") ?? labelled ?? "",
        text: (element.textContent ?? "").trim(),
        type: element.getAttribute("type") ?? "",
      };
    });
    if (focused && test(focused)) return;
  }
  expect(false, "the element to focus was not reached by Tab").toBe(true);
}
