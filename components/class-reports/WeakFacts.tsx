// The facts the class missed most, weakest first: the statement, how often it was right, whether that is enough
// to call it hard, and its source sentence with the article and date (opened on demand).
import type { TLang } from "@/lib/platform/i18n/lang";
import { translate, type TMessageKey } from "@/lib/platform/i18n/messages";
import type { TClassFact } from "@/lib/class-reports/types";
import { HARD_MIN_ANSWERS } from "@/lib/games/rules/hardness";
import { SourceQuote } from "@/components/quiz/SolutionDetails";
import { formatDate } from "@/questions/text";

export const WEAK_FACTS_SHOWN = 10;

export function WeakFacts({ facts, lang }: { facts: readonly TClassFact[]; lang: TLang }) {
  const t = (key: TMessageKey, values?: Record<string, string | number>) => translate(lang, key, values);
  const missed = facts.filter((fact) => fact.missed > 0).slice(0, WEAK_FACTS_SHOWN);
  if (!missed.length) return <p>{t("classReport.facts.none")}</p>;
  return (
    <ol className="weak-facts" data-testid="weak-facts">
      {missed.map((fact) => {
        const source = fact.sources[0];
        return (
          <li key={fact.factId} className="card weak-fact">
            <p className="weak-fact-statement">{fact.statement[lang]}</p>
            <p className="weak-fact-score">
              <strong>{t("classReport.facts.score", { correct: fact.correct, answers: fact.answers })}</strong>{" "}
              {fact.hard && <span className="tag tag-hard">{t("classReport.hard")}</span>}
              {fact.answers < HARD_MIN_ANSWERS && <span className="tag">{t("classReport.fewAnswers")}</span>}{" "}
              <span className="muted">{t("classReport.facts.questions", { count: fact.questions })}</span>
            </p>
            {source && (
              <details className="weak-fact-source">
                <summary>
                  {t("classReport.facts.source")}: {source.label[lang]} ·{" "}
                  {t("quiz.asOf", { date: formatDate(source.asOf || fact.asOf, lang) })}
                  {fact.sources.length > 1 && ` ${t("classReport.facts.moreSources", { count: fact.sources.length - 1 })}`}
                </summary>
                {fact.sources.map((each) => (
                  <SourceQuote key={each.quote} source={each} asOf={fact.asOf} lang={lang} />
                ))}
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
