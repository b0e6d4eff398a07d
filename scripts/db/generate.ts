// Generates the two Prisma clients (SQLite and PostgreSQL) into lib/platform/db/generated/. Run by `npm install`.
import { prismaErrorLine, runPrismaCli } from "@/lib/platform/db/prisma-cli";

const clients = [
  { schema: "prisma/sqlite/schema.prisma", url: "file:./data/app.db" },
  { schema: "prisma/postgres/schema.prisma", url: "postgresql://localhost:5432/generate" },
];

for (const { schema, url } of clients) {
  const result = await runPrismaCli(["generate", "--schema", schema], url);
  if (result.code !== 0) {
    console.error(`prisma generate ${schema}: ${prismaErrorLine(result)}`);
    process.exit(1);
  }
}
console.log("prisma: generated the SQLite and PostgreSQL clients in lib/platform/db/generated/");
