// Configures the Prisma CLI (generate, migrate deploy, migrate diff) for the database DATABASE_URL names.
// The JavaScript schema engine with a driver adapter works offline; the native engines would be downloaded.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabaseTarget } from "./lib/platform/config/database";
import { createAdapterFactory } from "./lib/platform/db/adapter";

const target = resolveDatabaseTarget(process.env.DATABASE_URL);
const folder = path.join("prisma", target.provider === "sqlite" ? "sqlite" : "postgres");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  adapter: async () => createAdapterFactory(target, { forSchemaEngine: true }),
});
