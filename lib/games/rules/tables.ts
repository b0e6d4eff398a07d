// A report's views as tables, written once and saved as CSV (one table) or as an XLSX workbook (one sheet per
// table). Columns say how their numbers read: a share is a number from 0 to 1, shown as a percentage in the
// workbook and as whole percent in CSV; seconds keep one decimal, written the language's way in CSV.
import ExcelJS from "exceljs";
import { toCsv, type TCsvCell } from "./csv";
import { secondsText, type TLang } from "@/lib/platform/i18n/lang";

export type TColumnFormat = "text" | "integer" | "share" | "seconds";
export type TTableColumn = { header: string; format?: TColumnFormat; width?: number };
export type TTable = { name: string; columns: TTableColumn[]; rows: TCsvCell[][] };

/** The workbook's author, as spreadsheet programs show it. */
export const REPORT_CREATOR = "Putins Verbündete";

const CSV_SEPARATOR: Record<TLang, string> = { de: ";", en: "," };

function csvValue(value: TCsvCell, format: TColumnFormat | undefined, lang: TLang): TCsvCell {
  if (typeof value !== "number") return value;
  if (format === "share") return Math.round(value * 100);
  if (format === "seconds") return secondsText(value * 1000, lang);
  return value;
}

/** One table as CSV the way spreadsheets of the language read it (`toCsv`). */
export function tableCsv(table: TTable, lang: TLang): string {
  const rows = table.rows.map((row) => row.map((value, index) => csvValue(value, table.columns[index]?.format, lang)));
  return toCsv([table.columns.map((column) => column.header), ...rows], CSV_SEPARATOR[lang]);
}

const NUMBER_FORMAT: Partial<Record<TColumnFormat, string>> = { share: "0%", seconds: "0.0", integer: "0" };

/**
 * The tables as one workbook, a sheet each: bold header row kept in view, numbers stored as numbers. Text is
 * stored as text, never as a formula, so a nickname such as "=1+1" stays a nickname.
 */
export async function tablesXlsx(tables: readonly TTable[], creator: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const table of tables) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const sheet = workbook.addWorksheet(table.name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: column.width ?? (column.format && column.format !== "text" ? 14 : 30),
      style: NUMBER_FORMAT[column.format ?? "text"] ? { numFmt: NUMBER_FORMAT[column.format ?? "text"] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((value) => (typeof value === "boolean" ? String(value) : value)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
