// Derives prisma/postgres/schema.prisma from prisma/sqlite/schema.prisma (the source of truth).
//   tsx scripts/db/schemas.ts          writes the PostgreSQL schema
//   tsx scripts/db/schemas.ts --check  exits 1 when the committed file differs from the derived one
import { readFileSync, writeFileSync } from "node:fs";
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from "@/lib/platform/db/schemas";

const derived = derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(POSTGRES_SCHEMA, "utf8");
  } catch {
    // missing counts as different
  }
  if (committed !== derived) {
    console.error(`${POSTGRES_SCHEMA} does not match ${SQLITE_SCHEMA}; run \`npm run db:schemas\` and commit the result.`);
    process.exit(1);
  }
  console.log(`schemas: ${POSTGRES_SCHEMA} describes the same models as ${SQLITE_SCHEMA}`);
} else {
  writeFileSync(POSTGRES_SCHEMA, derived);
  console.log(`wrote ${POSTGRES_SCHEMA}`);
}
