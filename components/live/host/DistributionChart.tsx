"use client";

import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { SHAPES } from "@/components/quiz/answers/types";
import { useWorldMap } from "@/components/map/useWorldMap";
import type { TDistribution } from "@/lib/games/rules/distribution";
import type { TLang } from "@/lib/platform/i18n/lang";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TPlayableQuestion } from "@/questions/present";

type TBar = { key: string; label: string; shape: string; count: number; correct: boolean; color: string };

const OUTCOME_COLORS = { right: "var(--good)", partly: "var(--answer-3)", wrong: "var(--bad)", none: "var(--muted)" };

function useBars(distribution: TDistribution, question: TPlayableQuestion, lang: TLang): TBar[] {
  const t = useT();
  const map = useWorldMap();
  if (distribution.kind === "options") {
    // In the order the phones showed them, with their colours and shapes.
    return question.options.map((option, index) => {
      const bar = distribution.bars.find((candidate) => candidate.optionId === option.id);
      const label = question.kind === "truefalse" ? t(option.id === "true" ? "quiz.true" : "quiz.false") : option.text[lang];
      return {
        key: option.id,
        label,
        shape: SHAPES[index % SHAPES.length]!,
        count: bar?.count ?? 0,
        correct: bar?.correct ?? false,
        color: `var(--answer-${(index % 6) + 1})`,
      };
    });
  }
  if (distribution.kind === "countries") {
    return distribution.bars.map((bar) => ({
      key: bar.code,
      label: map?.countries.find((country) => country.code === bar.code)?.name[lang] ?? bar.code,
      shape: bar.correct ? "✓" : "",
      count: bar.count,
      correct: bar.correct,
      // As the map marks them: the right country green, the others picked red.
      color: bar.correct ? OUTCOME_COLORS.right : OUTCOME_COLORS.wrong,
    }));
  }
  return [
    {
      key: "right",
      label: t("live.host.right"),
      shape: "✓",
      count: distribution.right,
      correct: true,
      color: OUTCOME_COLORS.right,
    },
    {
      key: "partly",
      label: t("live.host.partly"),
      shape: "½",
      count: distribution.partly,
      correct: false,
      color: OUTCOME_COLORS.partly,
    },
    {
      key: "wrong",
      label: t("live.host.wrong"),
      shape: "✗",
      count: distribution.wrong,
      correct: false,
      color: OUTCOME_COLORS.wrong,
    },
  ];
}

/**
 * How the room answered: a bar per option (right ones marked), with the numbers also as a list for screen readers.
 * `graphic` stands in for the bars (a map question's map, marked).
 */
export function DistributionChart({
  distribution,
  question,
  lang,
  graphic,
}: {
  distribution: TDistribution;
  question: TPlayableQuestion;
  lang: TLang;
  graphic?: React.ReactNode;
}) {
  const t = useT();
  const bars = useBars(distribution, question, lang);
  const data = bars.map((bar) => ({ ...bar, name: bar.shape }));
  return (
    <figure className="distribution">
      {graphic ?? (
        <div className="distribution-chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 28, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <XAxis dataKey="name" tickLine={false} axisLine={false} tick={{ fontSize: 28, fill: "currentColor" }} />
              <YAxis hide allowDecimals={false} />
              <Bar dataKey="count" radius={[10, 10, 0, 0]} isAnimationActive={false}>
                {data.map((bar) => (
                  <Cell key={bar.key} fill={bar.color} fillOpacity={bar.correct || distribution.kind === "outcomes" ? 1 : 0.45} />
                ))}
                <LabelList dataKey="count" position="top" style={{ fontSize: 26, fontWeight: 800, fill: "currentColor" }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <figcaption>
        <ul className="distribution-legend">
          {bars.map((bar) => (
            <li key={bar.key} className={bar.correct ? "is-right" : undefined}>
              <span className="legend-swatch" style={{ background: bar.color }} aria-hidden="true">
                {bar.shape}
              </span>
              <span className="legend-label">{bar.label}</span>
              <span className="legend-count">
                {t(bar.count === 1 ? "live.host.answerCountOne" : "live.host.answerCount", { count: bar.count })}
                {bar.correct && distribution.kind !== "outcomes" ? ` · ${t("live.host.right")}` : ""}
              </span>
            </li>
          ))}
          {distribution.noAnswer > 0 && (
            <li>
              <span className="legend-swatch" style={{ background: OUTCOME_COLORS.none }} aria-hidden="true">
                –
              </span>
              <span className="legend-label">{t("live.host.noAnswer")}</span>
              <span className="legend-count">{distribution.noAnswer}</span>
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
