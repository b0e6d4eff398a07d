// Time limits and lock hygiene for interactive transactions on SQLite. @prisma/adapter-better-sqlite3 6.19 keeps
// one lock per connection for its transactions and frees it only in commit()/rollback(), which Prisma calls after
// its own COMMIT/ROLLBACK statement succeeded. When that statement fails (SQLITE_FULL on a full disk), the lock
// was never freed and every later transaction waited for it forever, while plain queries still worked. Here a
// failed COMMIT/ROLLBACK ends the transaction and frees the lock, and waiting for the lock has a time limit.
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/** How long a transaction may wait for the connection's lock before the request gives up (with a 503). */
export const TRANSACTION_WAIT_MS = 15_000;

const ROLLBACK: SqlQuery = { sql: "ROLLBACK", args: [], argTypes: [] };

export function withTransactionGuards(
  factory: SqlMigrationAwareDriverAdapterFactory,
  waitMs: number = TRANSACTION_WAIT_MS,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => guardAdapter(await factory.connect(), waitMs),
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

function guardAdapter(adapter: SqlDriverAdapter, waitMs: number): SqlDriverAdapter {
  return withMethods(adapter, {
    startTransaction: async (isolationLevel) => {
      const starting = adapter.startTransaction(isolationLevel);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timed out">((resolve) => (timer = setTimeout(() => resolve("timed out"), waitMs)));
      const first = await Promise.race([starting, timedOut]).finally(() => clearTimeout(timer));
      if (first === "timed out") {
        // The lock may still come later; it is then handed straight back.
        void starting.then(endTransaction, () => undefined);
        throw new Error(`timed out after ${waitMs / 1000} s waiting for the database's write lock`);
      }
      return guardTransaction(first);
    },
  });
}

function guardTransaction(tx: Transaction): Transaction {
  return withMethods(tx, {
    executeRaw: async (query) => {
      try {
        return await tx.executeRaw(query);
      } catch (error) {
        if (/^\s*(COMMIT|ROLLBACK)\s*$/i.test(query.sql)) await endTransaction(tx);
        throw error;
      }
    },
  });
}

/** Rolls back whatever SQLite still holds open (an error when it already did so itself) and frees the lock. */
async function endTransaction(tx: Transaction): Promise<void> {
  await tx.executeRaw(ROLLBACK).catch(() => undefined);
  await tx.rollback().catch(() => undefined);
}

/** The object with some methods replaced, the rest bound to it. */
function withMethods<T extends object>(target: T, replaced: Partial<T>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (Object.hasOwn(replaced, property)) return replaced[property as keyof T];
      const value: unknown = Reflect.get(object, property, receiver);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
