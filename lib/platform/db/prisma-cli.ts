import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export type TCliResult = { code: number; stdout: string; stderr: string };

/**
 * Runs the Prisma CLI (offline: JavaScript schema engine, no downloads) with DATABASE_URL set, from the project
 * root so that prisma.config.ts is found.
 */
export function runPrismaCli(args: string[], databaseUrl: string, cwd: string = process.cwd()): Promise<TCliResult> {
  const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
  return new Promise((resolve, reject) => {
    const preload = path.join(path.dirname(fileURLToPath(import.meta.url)), "prisma-cli-preload.cjs");
    const child = spawn(process.execPath, ["--require", preload, cli, ...args], {
      cwd,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The line of Prisma's output that says what went wrong, without stack frames. */
export function prismaErrorLine(result: TCliResult): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("at ") && !/^Loaded Prisma config|^Prisma (schema|config)/.test(line));
  const error = lines.find((line) => /^Error:|error/i.test(line));
  return (error ?? lines.at(-1) ?? `prisma exited with code ${result.code}`).replace(/^Error:\s*/, "");
}
