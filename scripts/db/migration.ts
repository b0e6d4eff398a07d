// Authors and checks the committed migrations of both providers (`prisma migrate dev` does not work offline).
//   tsx scripts/db/migration.ts new <name>   writes prisma/{sqlite,postgres}/migrations/<timestamp>_<name>/
//   tsx scripts/db/migration.ts check        fails when a provider's migrations do not produce its schema
// PostgreSQL needs a server for its shadow database: MIGRATION_DATABASE_URL, else the local test server.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { prismaErrorLine, runPrismaCli } from "@/lib/platform/db/prisma-cli";

const PROVIDERS = [
  { name: "sqlite", folder: "prisma/sqlite" },
  { name: "postgres", folder: "prisma/postgres" },
] as const;

const scratch = mkdtempSync(path.join(os.tmpdir(), "quiz-migration-"));
const urls: Record<(typeof PROVIDERS)[number]["name"], string> = {
  sqlite: `file:${path.join(scratch, "scratch.db")}`,
  postgres: process.env.MIGRATION_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test",
};

async function diff(provider: (typeof PROVIDERS)[number], extra: string[] = []) {
  return runPrismaCli(
    [
      "migrate",
      "diff",
      "--from-migrations",
      `${provider.folder}/migrations`,
      "--to-schema-datamodel",
      `${provider.folder}/schema.prisma`,
      ...extra,
    ],
    urls[provider.name],
  );
}

function migrationNames(folder: string): string[] {
  return readdirSync(`${folder}/migrations`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function createMigration(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("migration name: use lowercase letters, digits and _");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  for (const provider of PROVIDERS) {
    const result = await diff(provider, ["--script"]);
    if (result.code !== 0) throw new Error(`${provider.name}: ${prismaErrorLine(result)}`);
    const sql = result.stdout.replace(/^Loaded Prisma config.*\n/m, "").trim();
    if (!sql || sql === "-- This is an empty migration.") {
      console.log(`${provider.name}: schema unchanged, no migration written`);
      continue;
    }
    const dir = `${provider.folder}/migrations/${stamp}_${name}`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/migration.sql`, sql + "\n");
    console.log(`wrote ${dir}/migration.sql`);
  }
}

async function checkMigrations(): Promise<boolean> {
  let ok = true;
  const [sqlite, postgres] = PROVIDERS.map((provider) => migrationNames(provider.folder));
  if (JSON.stringify(sqlite) !== JSON.stringify(postgres)) {
    console.error("migrations: prisma/sqlite and prisma/postgres do not have the same migration folders");
    ok = false;
  }
  for (const provider of PROVIDERS) {
    const result = await diff(provider, ["--exit-code"]);
    if (result.code === 0) {
      console.log(`migrations: ${provider.name} migrations produce ${provider.folder}/schema.prisma`);
    } else if (result.code === 2) {
      console.error(
        `migrations: ${provider.name} schema has changes without a migration; run \`npm run db:migration -- <name>\``,
      );
      ok = false;
    } else {
      console.error(`migrations: ${provider.name} check failed: ${prismaErrorLine(result)}`);
      ok = false;
    }
  }
  return ok;
}

try {
  const [command, name] = process.argv.slice(2);
  if (command === "new" && name) {
    await createMigration(name);
  } else if (command === "check") {
    process.exitCode = (await checkMigrations()) ? 0 : 1;
  } else {
    console.error("usage: tsx scripts/db/migration.ts new <name> | check");
    process.exitCode = 2;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
