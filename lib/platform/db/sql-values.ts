// Rows of parameters as a VALUES list in each provider's dialect, for the multi-row statements that batched
// writes use. PostgreSQL needs the types spelled out (its VALUES has no table to infer them from) and takes
// dates as timestamps; SQLite keeps dates as ISO text with an offset, the way Prisma writes them, and booleans
// as 0 and 1.
import type { TDbHandle } from "./client";

export type TSqlType = "text" | "int" | "boolean" | "timestamp";
export type TSqlValue = string | number | boolean | Date | null;

/** A date as Prisma keeps it in SQLite: ISO text with an explicit offset. */
export const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

export function sqlValues(
  provider: TDbHandle["provider"],
  rows: Array<Array<[TSqlValue, TSqlType]>>,
): { sql: string; params: TSqlValue[] } {
  const params: TSqlValue[] = [];
  const tuples = rows.map((row) => {
    const cells = row.map(([value, type]) => {
      if (provider === "sqlite") {
        params.push(value instanceof Date ? sqliteDate(value) : typeof value === "boolean" ? Number(value) : value);
        return "?";
      }
      params.push(value instanceof Date ? value.toISOString() : value);
      return `$${params.length}::${type === "timestamp" ? "timestamp(3)" : type === "int" ? "integer" : type}`;
    });
    return `(${cells.join(", ")})`;
  });
  return { sql: tuples.join(", "), params };
}
