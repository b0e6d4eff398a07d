// A plain typed table: real <table> markup with column headers (<th scope="col">), so screen readers and axe read it
// as a table. No hooks: server components (the live report) and client components (charts, results) both render it.

export type TColumn<TRow> = {
  /** Unique within the table; React's key for the header and the cells. */
  key: string;
  header: React.ReactNode;
  cell: (row: TRow) => React.ReactNode;
  /** Right-aligned with tabular figures (the `num` class), header and cells alike. */
  numeric?: boolean;
  /** A class for the header and the cells, e.g. one that hides the column on a phone. */
  className?: string;
  /** A class for the cells only. */
  cellClassName?: string;
};

export type TDataTableProps<TRow> = {
  columns: ReadonlyArray<TColumn<TRow>>;
  rows: readonly TRow[];
  rowKey: (row: TRow) => string | number;
  /** The table's accessible name, as a caption only screen readers see. */
  caption?: string;
  /** The row that stands for the viewer ("me" on a leaderboard): marked with `aria-current` and the `is-me` style. */
  isCurrent?: (row: TRow) => boolean;
  testId?: string;
};

const classes = (...names: Array<string | false | undefined>) => names.filter(Boolean).join(" ") || undefined;

export function DataTable<TRow>({ columns, rows, rowKey, caption, isCurrent, testId }: TDataTableProps<TRow>) {
  return (
    <table data-testid={testId}>
      {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={classes(column.numeric && "num", column.className)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const current = isCurrent?.(row) ?? false;
          return (
            <tr key={rowKey(row)} className={current ? "is-me" : undefined} aria-current={current ? "true" : undefined}>
              {columns.map((column) => (
                <td key={column.key} className={classes(column.numeric && "num", column.cellClassName, column.className)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
