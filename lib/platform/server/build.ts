// "Builds if needed": a production build is reused while the sources it was made from are unchanged.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

// Everything in the project feeds the build except what Next.js never bundles (tests, tooling, data, output).
const SKIPPED = new Set([
  "node_modules",
  ".next",
  ".git",
  ".ci",
  "data",
  "e2e",
  "bench",
  "scripts",
  "prisma",
  "test-results",
  "playwright-report",
  "blob-report",
  // Written by `next build` itself.
  "next-env.d.ts",
  // The service worker, written by `serwist build` after it.
  "sw.js",
  "sw.js.map",
]);
const STAMP_FILE = path.join(".next", "source-stamp");

function listFiles(entry: string, out: string[]): void {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    out.push(entry);
    return;
  }
  for (const child of readdirSync(entry, { withFileTypes: true })) {
    if (SKIPPED.has(child.name) || /\.test\.tsx?$/.test(child.name) || /\.(md|log|tsbuildinfo)$/.test(child.name)) continue;
    listFiles(path.join(entry, child.name), out);
  }
}

/** A hash of every file the production build depends on. */
export function computeSourceStamp(cwd: string): string {
  const files: string[] = [];
  listFiles(cwd, files);
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash.update(path.relative(cwd, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function isBuildCurrent(cwd: string): boolean {
  const stampFile = path.join(cwd, STAMP_FILE);
  const outputs = [path.join(cwd, ".next", "BUILD_ID"), path.join(cwd, "public", "sw.js"), stampFile];
  if (!outputs.every((file) => existsSync(file))) return false;
  return readFileSync(stampFile, "utf8") === computeSourceStamp(cwd);
}

/** Runs a build step (a node script) with the build's environment; its output goes to `log` when given. */
async function runStep(cwd: string, script: string, args: string[], log: number | undefined): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", NO_UPDATE_NOTIFIER: "1" },
      stdio: log === undefined ? "inherit" : ["ignore", log, log],
    });
    child.on("error", reject);
    child.on("close", (exit) => resolve(exit ?? 1));
  });
}

/**
 * Runs `next build`, then `serwist build` (the service worker, public/sw.js, with the list of the build's static
 * files to precache: it must come after them), and records the stamp of the sources it built.
 */
export async function buildApp(cwd: string, options: { logFile?: string } = {}): Promise<void> {
  const stamp = computeSourceStamp(cwd);
  // With a log file, the build's output goes there (it runs beside other steps whose output it would garble).
  const log = options.logFile ? openSync(options.logFile, "w") : undefined;
  const nextBin = path.join(path.dirname(require.resolve("next/package.json")), "dist", "bin", "next");
  const serwistBin = path.join(path.dirname(require.resolve("@serwist/cli/package.json")), "cli.js");
  let code = await runStep(cwd, nextBin, ["build"], log);
  const failed = code !== 0 ? "next build" : (code = await runStep(cwd, serwistBin, ["build"], log)) !== 0 ? "serwist build" : "";
  if (log !== undefined) closeSync(log);
  if (failed) {
    if (options.logFile) process.stderr.write(readFileSync(options.logFile, "utf8"));
    throw new Error(`${failed} failed (exit code ${code})`);
  }
  writeFileSync(path.join(cwd, STAMP_FILE), stamp);
}
