// Time limits and lock hygiene for interactive transactions on SQLite. @prisma/adapter-better-sqlite3 6.19 keeps
// one lock per connection for its transactions and frees it only in commit()/rollback(), which Prisma calls after
// its own COMMIT/ROLLBACK statement succeeded. When that statement fails (SQLITE_FULL on a full disk), the lock
// was never freed and every later transaction waited for it forever, while plain queries still worked. Here a
// failed COMMIT/ROLLBACK ends the transaction and frees the lock, and waiting for the lock has a time limit.
//
// The lock only orders transactions among themselves: a plain query (an answer's INSERT, say) made while a
// transaction was open ran on the same connection, inside that transaction. It was acknowledged to its client,
// and undone if the transaction then rolled back. Here a plain query waits while the connection is inside a
// transaction (with the same time limit); transactions still waiting for the lock do not hold it up.
import { sqliteConnection } from "./sqlite-statements";
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
  const connection = sqliteConnection(adapter);
  // Settles when a transaction of this connection ends; the plain queries waiting for it look again.
  let ended = settleable();
  const transactionEnded = () => {
    const waiting = ended;
    ended = settleable();
    waiting.settle();
  };
  const outsideTransactions = async <T>(run: () => Promise<T>): Promise<T> => {
    const deadline = Date.now() + waitMs;
    while (connection.inTransaction) {
      const left = deadline - Date.now();
      if (left <= 0) throw timedOut(waitMs);
      // Also looks again now and then: SQLite ends a transaction by itself on some errors (a full disk).
      await withinLimit(ended.settled, Math.min(left, 50));
    }
    // The adapter runs the statement at once (better-sqlite3 is synchronous): no transaction can begin between
    // the look above and the statement.
    return run();
  };
  return withMethods(adapter, {
    queryRaw: (query) => outsideTransactions(() => adapter.queryRaw(query)),
    executeRaw: (query) => outsideTransactions(() => adapter.executeRaw(query)),
    startTransaction: async (isolationLevel) => {
      const starting = adapter.startTransaction(isolationLevel);
      const first = await withinLimit(starting, waitMs);
      if (first === "timed out") {
        // The lock may still come later; it is then handed straight back.
        void starting.then(endTransaction, () => undefined).finally(transactionEnded);
        throw timedOut(waitMs);
      }
      return guardTransaction(first, transactionEnded);
    },
  });
}

function guardTransaction(tx: Transaction, onEnd: () => void): Transaction {
  return withMethods(tx, {
    executeRaw: async (query) => {
      try {
        return await tx.executeRaw(query);
      } catch (error) {
        if (/^\s*(COMMIT|ROLLBACK)\s*$/i.test(query.sql)) {
          await endTransaction(tx);
          onEnd();
        }
        throw error;
      }
    },
    commit: () => tx.commit().finally(onEnd),
    rollback: () => tx.rollback().finally(onEnd),
  });
}

function settleable(): { settled: Promise<void>; settle: () => void } {
  let settle = () => undefined as void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  return { settled, settle };
}

/** The promise's value, or "timed out" after `ms`. */
async function withinLimit<T>(promise: Promise<T>, ms: number): Promise<T | "timed out"> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timed out">((resolve) => (timer = setTimeout(() => resolve("timed out"), ms)));
  return Promise.race([promise, timedOut]).finally(() => clearTimeout(timer));
}

function timedOut(waitMs: number): Error {
  return new Error(`timed out after ${waitMs / 1000} s waiting for the database's write lock`);
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
