// The Chromium that end-to-end tests and benchmarks drive: Debian's package when present (these machines cannot
// download browsers), else PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Playwright's own download.
import { existsSync } from "node:fs";

export const chromiumExecutable: string | undefined =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/** Headless on a closed network: no background connections, no sandbox (CI runs as root). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
