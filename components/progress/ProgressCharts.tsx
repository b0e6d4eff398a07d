"use client";

// The progress page's charts, drawn with recharts. Loaded only on that page (next/dynamic), so no other page
// carries the chart library. Colours come from the page's CSS variables, so light and dark mode both work.
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { ChartFigure } from "./ChartFigure";

export type TMasteryBar = { name: string; percent: number; started: number; facts: number };
export type TAccuracyPoint = { date: string; label: string; percent: number | null; answered: number; correct: number };
export type TForecastBar = { date: string; label: string; due: number };
export type TProgressChartsProps = {
  byCountry: TMasteryBar[];
  byTheme: TMasteryBar[];
  accuracy: TAccuracyPoint[];
  forecast: TForecastBar[];
};

const TICK = { fill: "var(--text)", fontSize: 14 };
const MUTED_TICK = { fill: "var(--muted)", fontSize: 13 };
const TOOLTIP = {
  contentStyle: { background: "var(--surface)", border: "1px solid var(--border)", borderRadius: 8, color: "var(--text)" },
  cursor: { fill: "var(--surface-2)" },
};
const percent = (value: unknown) => `${String(value)} %`;

function MasteryChart({ rows }: { rows: TMasteryBar[] }) {
  const t = useT();
  return (
    <BarChart
      layout="vertical"
      data={rows}
      responsive
      style={{ width: "100%", height: 40 + rows.length * 34 }}
      margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tickFormatter={percent}
        tick={MUTED_TICK}
        stroke="var(--border)"
      />
      <YAxis type="category" dataKey="name" width={128} tick={TICK} stroke="var(--border)" interval={0} />
      <Tooltip {...TOOLTIP} formatter={(value) => [percent(value), t("progress.mastery")]} />
      <Bar dataKey="percent" fill="var(--accent)" radius={[0, 6, 6, 0]} maxBarSize={26} isAnimationActive={false}>
        <LabelList dataKey="percent" position="right" formatter={percent} fill="var(--text)" fontSize={13} />
      </Bar>
    </BarChart>
  );
}

export default function ProgressCharts({ byCountry, byTheme, accuracy, forecast }: TProgressChartsProps) {
  const t = useT();
  const masteryTable = (rows: TMasteryBar[], first: string) => ({
    head: [first, t("progress.mastery"), t("progress.factsStarted")],
    rows: rows.map((row) => [row.name, percent(row.percent), `${row.started} / ${row.facts}`]),
    numeric: [false, true, true],
  });
  const masterySummary = (rows: TMasteryBar[]) => {
    const [best] = rows;
    const worst = rows.at(-1);
    return best && worst
      ? t("progress.masterySummary", {
          best: best.name,
          bestPercent: best.percent,
          worst: worst.name,
          worstPercent: worst.percent,
        })
      : "";
  };
  const answered = accuracy.reduce((sum, day) => sum + day.answered, 0);
  const correct = accuracy.reduce((sum, day) => sum + day.correct, 0);
  const studied = accuracy.filter((day) => day.answered > 0);
  const dueTotal = forecast.reduce((sum, day) => sum + day.due, 0);

  return (
    <div className="charts">
      <ChartFigure
        title={t("progress.byCountry")}
        summary={masterySummary(byCountry)}
        table={masteryTable(byCountry, t("results.country"))}
      >
        <MasteryChart rows={byCountry} />
      </ChartFigure>
      <ChartFigure
        title={t("progress.byTheme")}
        summary={masterySummary(byTheme)}
        table={masteryTable(byTheme, t("results.theme"))}
      >
        <MasteryChart rows={byTheme} />
      </ChartFigure>

      <ChartFigure
        title={t("progress.accuracy", { days: accuracy.length })}
        summary={
          answered
            ? t(studied.length === 1 ? "progress.accuracySummaryDay" : "progress.accuracySummary", {
                answered,
                percent: Math.round((correct / answered) * 100),
                days: studied.length,
              })
            : t("progress.accuracyNone")
        }
        table={{
          head: [t("progress.day"), t("progress.answers"), t("results.correctShort")],
          rows: studied.map((day) => [day.label, day.answered, percent(day.percent)]),
          numeric: [false, true, true],
        }}
      >
        <LineChart
          data={accuracy}
          responsive
          style={{ width: "100%", height: 260 }}
          margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" tick={MUTED_TICK} stroke="var(--border)" interval="preserveStartEnd" minTickGap={24} />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 50, 100]}
            tickFormatter={percent}
            tick={MUTED_TICK}
            stroke="var(--border)"
            width={52}
          />
          <Tooltip {...TOOLTIP} formatter={(value) => [percent(value), t("results.correctShort")]} />
          <Line
            type="monotone"
            dataKey="percent"
            stroke="var(--good)"
            strokeWidth={3}
            dot={{ r: 4, fill: "var(--good)" }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ChartFigure>

      <ChartFigure
        title={t("progress.forecast", { days: forecast.length })}
        summary={t("progress.forecastSummary", { total: dueTotal, today: forecast[0]?.due ?? 0, days: forecast.length })}
        table={{
          head: [t("progress.day"), t("progress.dueCards")],
          rows: forecast.map((day) => [day.label, day.due]),
          numeric: [false, true],
        }}
      >
        <BarChart
          data={forecast}
          responsive
          style={{ width: "100%", height: 240 }}
          margin={{ top: 20, right: 8, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" tick={MUTED_TICK} stroke="var(--border)" interval="preserveStartEnd" minTickGap={8} />
          <YAxis allowDecimals={false} tick={MUTED_TICK} stroke="var(--border)" width={36} />
          <Tooltip {...TOOLTIP} formatter={(value) => [String(value), t("progress.dueCards")]} />
          <Bar dataKey="due" fill="var(--answer-2)" radius={[6, 6, 0, 0]} maxBarSize={36} isAnimationActive={false}>
            <LabelList
              dataKey="due"
              position="top"
              fill="var(--text)"
              fontSize={13}
              formatter={(value: unknown) => (value ? String(value) : "")}
            />
          </Bar>
        </BarChart>
      </ChartFigure>
    </div>
  );
}
