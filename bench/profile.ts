// Reads the V8 CPU profiles `npm run bench -- --cpu-prof` wrote and prints where the app server's time went:
// self time by part of the code (ours by folder, Prisma, Next.js, Node's HTTP, …) and the heaviest functions.
//   npx tsx bench/profile.ts bench/results/profiles/live-10000 [--top 25]
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

type TNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type TProfile = { nodes: TNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "25" } },
});
const folder = positionals[0];
if (!folder) throw new Error("usage: tsx bench/profile.ts <folder with .cpuprofile files> [--top N]");

/** The part of the code a script belongs to. */
function partOf(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  if (url.includes("/@prisma/") || url.includes("/.prisma/") || url.includes("/prisma/")) return "Prisma";
  if (url.includes("better-sqlite3")) return "better-sqlite3";
  if (url.includes("/pg/") || url.includes("/pg-")) return "pg";
  if (url.includes("/next/")) return "Next.js";
  if (url.includes("/node_modules/")) return `npm: ${url.split("/node_modules/").at(-1)!.split("/")[0]}`;
  if (url.startsWith("node:")) {
    const nodeModule = url.slice(5);
    if (/^(_http|http|net|stream|internal\/streams|internal\/http|_stream)/.test(nodeModule)) return "Node: HTTP and sockets";
    if (/undici|fetch|web\/|webstreams/.test(nodeModule)) return "Node: web Request/Response (undici)";
    return `Node: ${nodeModule.split("/").slice(0, 2).join("/")}`;
  }
  const local = url.replace(/^file:\/\//, "");
  const match = /\/(lib|app|scripts|bench)\/(.*)$/.exec(local);
  if (match)
    return `ours: ${match[1]}/${match[2]!
      .split("/")
      .slice(0, match[1] === "lib" ? 2 : 1)
      .join("/")}`;
  return url;
}

const files = readdirSync(folder)
  .filter((name) => name.endsWith(".cpuprofile"))
  .map((name) => path.join(folder, name));
if (!files.length) throw new Error(`no .cpuprofile files in ${folder}`);
// The main thread's profile is the largest; worker threads write their own, smaller ones.
const main = files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const profile = JSON.parse(readFileSync(main, "utf8")) as TProfile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const totalUs = profile.endTime - profile.startTime;
const idleUs = [...selfUs].filter(([id]) => byId.get(id)?.callFrame.functionName === "(idle)").reduce((s, [, us]) => s + us, 0);
const busyUs = totalUs - idleUs;

const parts = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  if (functionName === "(idle)") continue;
  const part = partOf(url, functionName);
  parts.set(part, (parts.get(part) ?? 0) + us);
  const where = url ? `${url.replace(/^.*\/(node_modules|lib|app)\//, "$1/")}:${lineNumber + 1}` : "";
  const key = `${functionName || "(anonymous)"} ${where}`;
  functions.set(key, (functions.get(key) ?? 0) + us);
}

const share = (us: number) => `${((100 * us) / busyUs).toFixed(1).padStart(5)} %`;
const top = Number(values.top);
console.log(
  `${path.basename(main)}: ${(totalUs / 1e6).toFixed(1)} s profiled, busy ${(busyUs / 1e6).toFixed(1)} s (${((100 * busyUs) / totalUs).toFixed(0)} %)\n`,
);
console.log("self time by part (share of busy time):");
for (const [part, us] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${share(us)}  ${part}`);
console.log("\nheaviest functions (self time):");
for (const [name, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${share(us)}  ${name}`);
