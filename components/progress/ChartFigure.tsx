"use client";

import { useId } from "react";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { DataTable } from "@/components/ui/DataTable";

export type TChartTable = { head: string[]; rows: Array<Array<string | number>>; numeric?: boolean[] };

/**
 * A chart with its text alternative: a title, a one-sentence summary that says what the chart shows, and the
 * numbers as a table (folded away for sighted users; the drawing itself is hidden from screen readers).
 */
export function ChartFigure({
  title,
  summary,
  table,
  children,
}: {
  title: string;
  summary: string;
  table: TChartTable;
  children: React.ReactNode;
}) {
  const t = useT();
  const id = useId();
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p id={`${id}-summary`} className="chart-summary">
          {summary}
        </p>
      </figcaption>
      <div className="chart-drawing" aria-hidden="true">
        {children}
      </div>
      <details className="chart-table">
        <summary>{t("progress.showTable")}</summary>
        <DataTable
          caption={title}
          columns={table.head.map((header, index) => ({
            key: header,
            header,
            numeric: table.numeric?.[index],
            cell: (row: TChartTable["rows"][number]) => row[index],
          }))}
          rows={table.rows}
          rowKey={(row) => String(row[0])}
        />
      </details>
    </figure>
  );
}
