// CSV as spreadsheet programs read it: RFC 4180 quoting, a BOM so that they read the umlauts, and cells that
// start like a formula are defused. German files separate cells with semicolons (and write decimals with a
// comma, `tables.ts`), as German spreadsheet programs read CSV; English ones with commas.

export type TCsvCell = string | number | boolean | null;

/** One cell: quoted when needed; text a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe. */
export function csvCell(value: TCsvCell, separator = ","): string {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: ReadonlyArray<readonly TCsvCell[]>, separator = ","): string {
  return "\uFEFF" + rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join("\r\n") + "\r\n";
}
