import pg from "pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type TQueryResultLike = { fields?: Array<{ dataTypeID: number }> } | undefined;

function charColumnsAsText<T>(result: T): T {
  for (const one of (Array.isArray(result) ? result : [result]) as TQueryResultLike[]) {
    for (const field of one?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

/**
 * A pg client for the Prisma schema engine only. Its introspection reads catalog columns of PostgreSQL's
 * one-byte "char" type, which @prisma/adapter-pg cannot map (UnsupportedNativeDataType); reporting them as
 * text lets `migrate diff --from-migrations` work. The app's own queries never touch that type.
 */
export class IntrospectionPgClient extends pg.Client {
  // @ts-expect-error pg's query() has many overloads; this forwards all of them unchanged.
  override query(config: unknown, values?: unknown, callback?: unknown): unknown {
    const call = super.query as (...args: unknown[]) => unknown;
    if (typeof values === "function") {
      const done = values as (err: unknown, res: unknown) => void;
      return call.call(this, config, (err: unknown, res: unknown) => done(err, err ? res : charColumnsAsText(res)));
    }
    if (typeof callback === "function") {
      const done = callback as (err: unknown, res: unknown) => void;
      return call.call(this, config, values, (err: unknown, res: unknown) => done(err, err ? res : charColumnsAsText(res)));
    }
    const out = call.call(this, config, values);
    return out instanceof Promise ? out.then(charColumnsAsText) : out;
  }
}
