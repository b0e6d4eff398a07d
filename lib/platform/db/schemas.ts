export const SQLITE_SCHEMA = "prisma/sqlite/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

const HEADER = "// GENERATED from prisma/sqlite/schema.prisma by `npm run db:schemas`: edit that file, not this one.\n";

/**
 * The PostgreSQL schema is the SQLite schema with another provider and client output: the models are the same
 * text, so they cannot drift apart.
 */
export function derivePostgresSchema(sqliteSchema: string): string {
  const replacements: Array<[RegExp, string]> = [
    [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
    [/output(\s*)=\s*"\.\.\/\.\.\/lib\/platform\/db\/generated\/sqlite"/, 'output$1= "../../lib/platform/db/generated/postgres"'],
  ];
  let out = sqliteSchema;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(out)) throw new Error(`${SQLITE_SCHEMA}: expected to find ${pattern}`);
    out = out.replace(pattern, replacement);
  }
  return HEADER + out;
}
