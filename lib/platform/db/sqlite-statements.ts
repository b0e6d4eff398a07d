// Prepared statements kept for reuse on SQLite. @prisma/adapter-better-sqlite3 6.19 prepares every query anew
// (`client.prepare(sql).bind(args)`), and SQLite parses and plans the text each time: in a live game of 10,000
// players that was nearly a third of the time spent in SQLite (5 % of the server's busy time). Here the connection's
// `prepare` hands out statements from a cache keyed by their text. A cached statement cannot be bound twice, so
// it comes wrapped: `bind(args)` keeps the arguments and passes them with each run instead.
import type { Database, Statement } from "better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** Statements kept per connection; the least recently used one goes when a new one would exceed it. */
export const STATEMENT_CACHE_SIZE = 200;
/**
 * Longer SQL is prepared each time, as before: a batch's multi-row INSERT or `IN (…)` has new text for every batch
 * size, and hundreds of them would push the everyday statements out and hold their memory.
 */
export const STATEMENT_CACHE_MAX_SQL = 4_000;

/** What the adapter uses of a statement: `prepare(sql).bind(args)`, then run, or columns and raw rows. */
type TBoundStatement = {
  readonly reader: boolean;
  run: () => ReturnType<Statement["run"]>;
  columns: () => ReturnType<Statement["columns"]>;
  raw: () => { all: () => unknown[] };
};
type TReusableStatement = TBoundStatement & { bind: (args: unknown[]) => TBoundStatement };

function bound(statement: Statement, args: unknown[]): TBoundStatement {
  return {
    reader: statement.reader,
    run: () => statement.run(args),
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(args) as unknown[] }),
  };
}

/** Makes the connection's `prepare` reuse statements; returns how many it prepared (for tests). */
export function cacheStatements(client: Database, size: number = STATEMENT_CACHE_SIZE): () => number {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Statement>();
  let prepared = 0;
  const reusable = (sql: string): TReusableStatement | Statement => {
    if (sql.length > STATEMENT_CACHE_MAX_SQL) return prepare(sql);
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql); // moved to the end: most recently used
    } else {
      statement = prepare(sql);
      prepared++;
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return { ...bound(statement, []), bind: (args: unknown[]) => bound(statement, args) };
  };
  (client as unknown as { prepare: typeof reusable }).prepare = reusable;
  return () => prepared;
}

/** The better-sqlite3 connection under @prisma/adapter-better-sqlite3's adapter (its `client` field). */
export function sqliteConnection(adapter: object): Database {
  const client = (adapter as { client?: Database }).client;
  if (typeof client?.prepare !== "function") {
    throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection: see lib/platform/db/sqlite-statements.ts");
  }
  return client;
}

/** The factory with each connection's statements cached (see above). */
export function withStatementCache(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      cacheStatements(sqliteConnection(adapter));
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}
