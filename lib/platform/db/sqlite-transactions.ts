// Time limits and lock hygiene for interactive transactions on SQLite. @prisma/adapter-better-sqlite3 6.19 keeps
// one lock per connection for its transactions and frees it only in commit()/rollback(), which Prisma calls after
// its own COMMIT/ROLLBACK statement succeeded. When that statement fails (SQLITE_FULL on a full disk), the lock
// was never freed and every later transaction waited for it forever, while plain queries still worked. Here a
// failed COMMIT/ROLLBACK ends the transaction and frees the lock, and waiting for the lock has a time limit.
//
// The lock only orders transactions among themselves: a plain query (an answer's INSERT, say) made while a
// transaction was open ran on the same connection, inside that transaction. It was acknowledged to its client,
// and undone if the transaction then rolled back. Here plain queries wait until no transaction is open or about to
// start (with the same time limit).
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
  // Transactions asked for and not yet ended; `idle` settles when the last one ends.
  let active = 0;
  let idle: { settled: Promise<void>; settle: () => void } | undefined;
  const enter = () => {
    if (active++ === 0) {
      let settle = () => undefined as void;
      idle = { settled: new Promise<void>((resolve) => (settle = resolve)), settle };
    }
  };
  const leave = () => {
    if (--active === 0) {
      idle?.settle();
      idle = undefined;
    }
  };
  const outsideTransactions = async <T>(run: () => Promise<T>): Promise<T> => {
    const waitedSince = Date.now();
    while (idle) {
      const left = waitMs - (Date.now() - waitedSince);
      if (left <= 0 || (await withinLimit(idle.settled, left)) === "timed out") throw timedOut(waitMs);
    }
    return run();
  };
  return withMethods(adapter, {
    queryRaw: (query) => outsideTransactions(() => adapter.queryRaw(query)),
    executeRaw: (query) => outsideTransactions(() => adapter.executeRaw(query)),
    startTransaction: async (isolationLevel) => {
      enter();
      const starting = adapter.startTransaction(isolationLevel);
      let first: Transaction | "timed out";
      try {
        first = await withinLimit(starting, waitMs);
      } catch (error) {
        leave();
        throw error;
      }
      if (first === "timed out") {
        // The lock may still come later; it is then handed straight back, and only then may plain queries run.
        void starting.then(endTransaction, () => undefined).finally(leave);
        throw timedOut(waitMs);
      }
      return guardTransaction(first, leave);
    },
  });
}

function guardTransaction(tx: Transaction, onEnd: () => void): Transaction {
  let ended = false;
  const end = () => {
    if (!ended) {
      ended = true;
      onEnd();
    }
  };
  return withMethods(tx, {
    executeRaw: async (query) => {
      try {
        return await tx.executeRaw(query);
      } catch (error) {
        if (/^\s*(COMMIT|ROLLBACK)\s*$/i.test(query.sql)) {
          await endTransaction(tx);
          end();
        }
        throw error;
      }
    },
    commit: () => tx.commit().finally(end),
    rollback: () => tx.rollback().finally(end),
  });
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
