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
  if (!existsSync(path.join(cwd, ".next", "BUILD_ID")) || !existsSync(stampFile)) return false;
  return readFileSync(stampFile, "utf8") === computeSourceStamp(cwd);
}

/** Runs `next build` and records the stamp of the sources it built. */
export async function buildApp(cwd: string, options: { logFile?: string } = {}): Promise<void> {
  const stamp = computeSourceStamp(cwd);
  // With a log file, the build's output goes there (it runs beside other steps whose output it would garble).
  const log = options.logFile ? openSync(options.logFile, "w") : undefined;
  const nextBin = path.join(path.dirname(require.resolve("next/package.json")), "dist", "bin", "next");
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
      stdio: log === undefined ? "inherit" : ["ignore", log, log],
    });
    child.on("error", reject);
    child.on("close", (exit) => resolve(exit ?? 1));
  });
  if (log !== undefined) closeSync(log);
  if (code !== 0) {
    if (options.logFile) process.stderr.write(readFileSync(options.logFile, "utf8"));
    throw new Error(`next build failed (exit code ${code})`);
  }
  writeFileSync(path.join(cwd, STAMP_FILE), stamp);
}
