// The servers a benchmark measures: the app (production build, its own database, on loopback) and a bare
// node:http baseline; and CPU/RSS sampling of a process from /proc.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not come up within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export type TServer = { url: string; pid: number; process: ChildProcess; stop: () => Promise<void>; log: () => string };

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
}

/** The app as `npm start` runs it (without building: the harness builds first), on 127.0.0.1; `nodeArgs` e.g. for --cpu-prof. */
export async function startApp(root: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<TServer> {
  const port = await freePort();
  let log = "";
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", path.join(root, "scripts/start.ts"), "--no-build"], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/health`, 120_000).catch((error: unknown) => {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${log}`);
  });
  return { url, pid: child.pid!, process: child, stop: stopper(child), log: () => log };
}

/** A bare node:http server answering a fixed small JSON: the machine's ceiling for one request. */
export async function startBaseline(): Promise<TServer> {
  const port = await freePort();
  const source = `
    const body = JSON.stringify({ correct: true, points: 1000, streak: 1 });
    require("node:http").createServer((req, res) => {
      req.resume();
      req.on("end", () => { res.writeHead(200, { "content-type": "application/json" }); res.end(body); });
    }).listen(${port}, "127.0.0.1");`;
  const child = spawn(process.execPath, ["-e", source], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url, 10_000);
  return { url, pid: child.pid!, process: child, stop: stopper(child), log: () => "" };
}

/** CPU seconds used so far and resident memory of a process (Linux /proc). */
export function processUsage(pid: number): { cpuSeconds: number; rssBytes: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssPages = Number(fields[21]);
  return { cpuSeconds: ticks / 100, rssBytes: rssPages * 4096 };
}

/**
 * Samples processes while `work` runs: the highest peak RSS of any of them, and their mean CPU together
 * (1.0 = one core busy).
 */
export async function measureProcesses<T>(
  pids: number[],
  work: () => Promise<T>,
): Promise<{ result: T; peakRssMb: number; cpuCores: number }> {
  const cpuSeconds = () => pids.reduce((sum, pid) => sum + processUsage(pid).cpuSeconds, 0);
  const start = cpuSeconds();
  const started = performance.now();
  let peak = 0;
  const sample = () => {
    for (const pid of pids) {
      try {
        peak = Math.max(peak, processUsage(pid).rssBytes);
      } catch {
        // process gone
      }
    }
  };
  sample();
  const timer = setInterval(sample, 200);
  try {
    const result = await work();
    sample();
    const seconds = (performance.now() - started) / 1000;
    return { result, peakRssMb: peak / 1024 / 1024, cpuCores: (cpuSeconds() - start) / seconds };
  } finally {
    clearInterval(timer);
  }
}
