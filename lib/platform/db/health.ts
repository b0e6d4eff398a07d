// Whether the database can do what the app needs: not just answer a query, but start a transaction, write and
// commit within a few seconds. A full disk, a read-only file or a write lock that is never freed all fail here,
// where a bare `SELECT 1` would still succeed.
import { describeDbError } from "./errors";
import type { TDbHandle } from "./client";

export type TDatabaseHealth = { ok: true } | { ok: false; reason: string };

const PROBE_LIMIT_MS = 5_000;

export async function checkDatabase(handle: TDbHandle): Promise<TDatabaseHealth> {
  try {
    await handle.db.$transaction(
      async (tx) => {
        if (handle.provider === "sqlite") {
          // Prisma leaves user_version alone. Writing it back dirties the file's first page, so the COMMIT
          // must write to the disk like any other change.
          const [row] = await tx.$queryRawUnsafe<Array<{ user_version: number | bigint }>>("PRAGMA user_version");
          await tx.$executeRawUnsafe(`PRAGMA user_version = ${Number(row?.user_version ?? 0)}`);
        } else {
          // Assigning a transaction id makes the COMMIT a write (and fails on a read-only standby).
          await tx.$queryRawUnsafe("SELECT txid_current()");
        }
      },
      { maxWait: PROBE_LIMIT_MS, timeout: PROBE_LIMIT_MS },
    );
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describeDbError(error) };
  }
}
