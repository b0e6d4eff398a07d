// The npm registry these machines reach serves only the Linux builds of platform-specific optional packages
// (@next/swc-darwin-arm64 and the like answer 404), so `npm install` writes a lock file without them and
// `npm ci` then refuses it as out of sync. This adds an entry for each such package, with the os/cpu/libc its
// name declares, so `npm ci` skips it on other platforms instead of failing.
//   tsx scripts/lockfile.ts          completes package-lock.json
//   tsx scripts/lockfile.ts --check  exits 1 when entries are missing
import { readFileSync, writeFileSync } from "node:fs";

type TEntry = {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
};
type TLock = { packages: Record<string, TEntry> };

const OS = ["darwin", "win32", "linux", "android", "freebsd", "openharmony", "sunos", "aix", "netbsd", "openbsd"];
const CPU = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "mips64el"];

/** os/cpu/libc from a platform package's name, e.g. "@unrs/resolver-binding-linux-arm-musleabihf". */
export function platformOf(name: string): Pick<TEntry, "os" | "cpu" | "libc"> {
  const parts = name.split("/").pop()!.split("-");
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.find((part) => CPU.includes(part));
  const libc = parts.some((part) => part.startsWith("musl"))
    ? "musl"
    : parts.some((part) => part === "gnu" || part.startsWith("gnueabi"))
      ? "glibc"
      : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

export function missingOptionalEntries(lock: TLock): Record<string, TEntry> {
  const missing: Record<string, TEntry> = {};
  for (const [location, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${location ? `${location}/` : ""}node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
      // In the key order npm itself writes (version, cpu, libc, optional, os), so that `npm install` leaves it as is.
      const { cpu, libc, os } = platformOf(name);
      missing[`node_modules/${name}`] = {
        version: version.replace(/^[\^~=]/, ""),
        ...(cpu && { cpu }),
        ...(libc && { libc }),
        optional: true,
        ...(os && { os }),
      };
    }
  }
  return missing;
}

const file = "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8")) as TLock;
const missing = missingOptionalEntries(lock);
const count = Object.keys(missing).length;
if (process.argv.includes("--check")) {
  if (count) {
    console.error(
      `${file} lacks ${count} optional platform package(s) (${Object.keys(missing)[0]} …); run \`npm run lockfile\`.`,
    );
    process.exit(1);
  }
  console.log(`${file}: every optional platform package has an entry`);
} else {
  const packages = Object.fromEntries(
    Object.entries({ ...lock.packages, ...missing }).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
  );
  writeFileSync(file, `${JSON.stringify({ ...lock, packages }, null, 2)}\n`);
  console.log(`${file}: added ${count} optional platform package entr${count === 1 ? "y" : "ies"}`);
}
