// The one Prisma client of this process. Kept on globalThis so that dev hot reloads, the start script and the
// Next.js server bundles (which each get their own copy of this module) all share it.
import { PrismaClient as PostgresPrismaClient } from "@/lib/platform/db/generated/postgres/client";
import { PrismaClient as SqlitePrismaClient } from "@/lib/platform/db/generated/sqlite/client";
import { resolveDatabaseTarget, type TDatabaseTarget } from "@/lib/platform/config/database";
import { createAdapterFactory } from "./adapter";

/** Both generated clients share one model, so the SQLite client's type describes either. */
export type TDb = SqlitePrismaClient;
/** The client inside an interactive transaction. */
export type TDbTransaction = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

export type TDbHandle = {
  db: TDb;
  target: TDatabaseTarget;
  provider: TDatabaseTarget["provider"];
};

const globalForDb = globalThis as typeof globalThis & { __quizDbHandle?: TDbHandle };

export function createDbHandle(target: TDatabaseTarget): TDbHandle {
  const adapter = createAdapterFactory(target);
  const db =
    target.provider === "sqlite"
      ? new SqlitePrismaClient({ adapter })
      : (new PostgresPrismaClient({ adapter }) as unknown as TDb);
  if (target.provider === "sqlite") {
    // better-sqlite3 runs statements in call order on one connection, so these apply before any query.
    // WAL lets readers go on while a writer commits; NORMAL sync is safe with WAL and much faster.
    void db.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
    void db.$executeRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => undefined);
  }
  return { db, target, provider: target.provider };
}

/** The process-wide handle, created on first use from DATABASE_URL. */
export function getDbHandle(): TDbHandle {
  globalForDb.__quizDbHandle ??= createDbHandle(resolveDatabaseTarget(process.env.DATABASE_URL));
  return globalForDb.__quizDbHandle;
}

export function getDb(): TDb {
  return getDbHandle().db;
}

/** Disconnects and forgets the process-wide client (tests and shutdown). */
export async function closeDb(): Promise<void> {
  const handle = globalForDb.__quizDbHandle;
  globalForDb.__quizDbHandle = undefined;
  await handle?.db.$disconnect();
}
