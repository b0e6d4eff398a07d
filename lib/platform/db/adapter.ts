import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { parseIntoClientConfig } from "pg-connection-string";
import type { TDatabaseTarget } from "@/lib/platform/config/database";
import { IntrospectionPgClient } from "./pg-introspection-client";
import { withTransactionGuards } from "./sqlite-transactions";
import { withStatementCache } from "./sqlite-statements";

/** Milliseconds a SQLite writer waits for a lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/** Connections per app process to PostgreSQL. */
export const PG_POOL_SIZE = 10;

/**
 * The driver adapter for a database target. `forSchemaEngine` is set by prisma.config.ts: the Prisma CLI's
 * schema engine needs two work-arounds the app never does (see below).
 */
export function createAdapterFactory(
  target: TDatabaseTarget,
  options: { forSchemaEngine?: boolean } = {},
): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === "sqlite") {
    const factory = new PrismaBetterSQLite3({ url: target.file, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return options.forSchemaEngine ? withScriptTolerantShadowDb(factory) : withTransactionGuards(withStatementCache(factory));
  }
  // Discrete fields, not connectionString: a connectionString would win over any `database` set beside it.
  // A request waits up to 10 s for one of the pool's connections (pg-pool counts that wait in this timeout): a
  // burst of writes queues rather than failing, and an unreachable server still shows within seconds.
  const config = { ...parseIntoClientConfig(target.url), max: PG_POOL_SIZE, connectionTimeoutMillis: 10_000 };
  if (!options.forSchemaEngine) return new PrismaPg(config);
  // The schema engine's introspection reads PostgreSQL "char" catalog columns that adapter-pg cannot map.
  // allowExitOnIdle: the CLI process may end while the pool still holds idle connections.
  return withDisposableShadowDb({
    ...config,
    allowExitOnIdle: true,
    Client: IntrospectionPgClient as unknown as typeof pg.Client,
  });
}

/**
 * adapter-pg's own shadow database is dropped while its pool still holds connections, so the drop fails. This
 * one closes the pool first, then drops the database.
 */
function withDisposableShadowDb(config: pg.PoolConfig): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg(config);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      const admin = new pg.Client(config);
      await admin.connect();
      const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin.query(`CREATE DATABASE "${database}"`);
      const shadow = await new PrismaPg({ ...config, database }).connect();
      return overriding(shadow, {
        dispose: async () => {
          await shadow.dispose();
          await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
          await admin.end();
        },
      });
    },
  };
}

/** The adapter with some methods replaced, the rest bound to it. */
function overriding(adapter: SqlDriverAdapter, replaced: Partial<SqlDriverAdapter>): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (Object.hasOwn(replaced, property)) return replaced[property as keyof SqlDriverAdapter];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * `migrate diff --from-migrations` replays each migration file into a shadow database with one executeRaw call,
 * which better-sqlite3 refuses for more than one statement. On the shadow database only, such a script is run
 * with executeScript instead.
 */
function withScriptTolerantShadowDb(factory: PrismaBetterSQLite3): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: async () => {
      const shadow = await factory.connectToShadowDb();
      return overriding(shadow, {
        executeRaw: async (query) => {
          if (query.args.length === 0 && /;\s*\S/.test(query.sql)) {
            await shadow.executeScript(query.sql);
            return 0;
          }
          return shadow.executeRaw(query);
        },
      });
    },
  };
}
