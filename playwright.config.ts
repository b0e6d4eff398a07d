import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "@/lib/platform/testing/chromium";
import { E2E_ADMIN_SECRET } from "@/e2e/support/review";

const port = Number(process.env.E2E_PORT ?? 3107);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  // Its own folder: Playwright empties it at start, and npm test runs vitest beside it (test-results/).
  outputDir: "test-results/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  // A guard against hangs, not a speed test: the live specs drive four browser contexts each, and on a 2-core CI
  // machine beside another worker some take a minute.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "de-DE",
    // A fresh context installs the service worker and precaches the app (56 files), seconds of CPU per test on
    // these 2-core machines. Only the offline specs need it; they allow it themselves.
    serviceWorkers: "block",
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A fresh embedded database per run; the production build is made first if it is missing or stale.
    command: "rm -rf e2e/.artifacts/data && node_modules/.bin/tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: "file:./e2e/.artifacts/data/app.db",
      NEXT_TELEMETRY_DISABLED: "1",
      // The review page is off without it (e2e/reports/).
      ADMIN_SECRET: E2E_ADMIN_SECRET,
    },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
