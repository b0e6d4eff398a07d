// Scenario 4: first-load JavaScript of the home page and the quiz runner (gzip), and the quiz runner's time to
// interactive in headless Chromium (navigation start until the first question can be answered).
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "@/lib/platform/testing/chromium";
import type { TServer } from "@/bench/lib/processes";
import { median, round } from "@/bench/lib/stats";

export type TPagesResult = {
  homeFirstLoadJsKb: number;
  quizFirstLoadJsKb: number;
  quizTimeToInteractiveMs: { median: number; samples: number[] };
};

/**
 * The JavaScript a page's HTML asks for up front (its <script src> tags), gzipped: Next.js's "first load JS".
 * Chunks a page loads later on demand (the map, drag and drop) are not part of it, nor the legacy polyfills
 * (noModule) that modern browsers never download.
 */
async function firstLoadJsKb(url: string): Promise<number> {
  const html = await (await fetch(url)).text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const sources = [...new Set(tags.map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src)))];
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, url))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return round(bytes / 1024, 1);
}

async function timeToInteractive(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => performance.getEntriesByName("quiz:first-question").length > 0, undefined, {
    timeout: 30_000,
  });
  const ms = await page.evaluate(() => performance.getEntriesByName("quiz:first-question")[0]!.startTime);
  await context.close();
  return round(ms, 0);
}

/** Fails at once, before minutes of other scenarios, when there is no browser to measure the pages with. */
export async function checkBrowser(): Promise<void> {
  try {
    await (await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs })).close();
  } catch {
    throw new Error(
      "pages: no Chromium to measure with. Install Debian's (apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE, or leave the scenario out with --only live,answers,leaderboards",
    );
  }
}

export async function pagesScenario(app: TServer, options: { samples: number }): Promise<TPagesResult> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  try {
    const home = await firstLoadJsKb(`${app.url}/`);
    const quiz = await firstLoadJsKb(`${app.url}/sets/asia/quiz?new=1&seed=1`);
    const samples: number[] = [];
    for (let i = 0; i < options.samples; i++)
      samples.push(await timeToInteractive(browser, `${app.url}/sets/asia/quiz?new=1&seed=${i + 2}`));
    return { homeFirstLoadJsKb: home, quizFirstLoadJsKb: quiz, quizTimeToInteractiveMs: { median: median(samples), samples } };
  } finally {
    await browser.close();
  }
}
