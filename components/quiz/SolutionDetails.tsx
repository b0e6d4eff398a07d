"use client";

import { useWorldMap } from "@/components/map/useWorldMap";
import type { TLang } from "@/lib/i18n/lang";
import { useT } from "@/lib/i18n/LangProvider";
import type { TAnswerValue } from "@/lib/scoring/grade";
import type { TPlayableQuestion, TQuestionSolution } from "@/questions/present";
import { formatDate, formatNumber } from "@/questions/text";

/** An answer (given or right) in words, whatever the kind of question. */
export function useAnswerText(question: TPlayableQuestion, lang: TLang) {
  const map = useWorldMap();
  const t = useT();
  const option = (id: string) =>
    question.kind === "truefalse" ? t(id === "true" ? "quiz.true" : "quiz.false") : (question.options.find((o) => o.id === id)?.text[lang] ?? id);
  return (answer: TAnswerValue | TQuestionSolution["answer"] | null): string => {
    if (answer === null || answer === undefined) return "–";
    switch (question.kind) {
      case "numeric": {
        const value = typeof answer === "number" ? answer : (answer as { value: number }).value;
        return `${formatNumber(value, lang)} ${question.unit?.[lang] ?? ""}`.trim();
      }
      case "map":
        return map?.countries.find((country) => country.code === String(answer).toUpperCase())?.name[lang] ?? String(answer);
      case "matching":
        return (answer as Array<[string, string]>).map(([l, r]) => `${option(l)} → ${option(r)}`).join("; ");
      case "ordering":
        return (answer as string[]).map((id, index) => `${index + 1}. ${option(id)}`).join("  ");
      case "multi":
        return (answer as string[]).map(option).join(", ");
      default:
        return option(String(answer));
    }
  };
}

/** The why: explanation, an editorial note if any, and the source sentences with their article and date. */
export function SolutionDetails({ solution, lang }: { solution: TQuestionSolution; lang: TLang }) {
  const t = useT();
  return (
    <dl>
      <dt>{t("quiz.why")}</dt>
      <dd>{solution.explanation[lang]}</dd>
      {solution.note && (
        <>
          <dt>{t("quiz.note")}</dt>
          <dd>{solution.note[lang]}</dd>
        </>
      )}
      <dt>{t("quiz.source")}</dt>
      {solution.sources.map((source) => (
        <dd key={source.quote}>
          <SourceQuote source={source} asOf={solution.asOf} lang={lang} />
        </dd>
      ))}
    </dl>
  );
}

/** A source sentence (German, as in the article) with its article and the date its facts stand at. */
export function SourceQuote({ source, asOf, lang }: { source: TQuestionSolution["sources"][number]; asOf: string; lang: TLang }) {
  const t = useT();
  return (
    <>
      <blockquote className="source-quote" lang="de">
        „{source.quote}“
      </blockquote>
      <p className="source-meta">
        {source.label[lang]} · {t("quiz.asOf", { date: formatDate(asOf, lang) })}
      </p>
    </>
  );
}
