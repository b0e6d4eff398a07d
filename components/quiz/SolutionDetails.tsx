"use client";

import { useWorldMap } from "@/components/map/useWorldMap";
import type { TLang } from "@/lib/platform/i18n/lang";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TPlayableQuestion, TQuestionSolution } from "@/questions/present";
import { answerInWords } from "@/questions/answer-words";
import { formatDate } from "@/questions/text";
import { PICTURE, quoteParts } from "./source-marks";

/** An answer (given or right) in words, whatever the kind of question. */
export function useAnswerText(question: TPlayableQuestion, lang: TLang) {
  const map = useWorldMap();
  const t = useT();
  const option = (id: string) =>
    question.kind === "truefalse"
      ? t(id === "true" ? "quiz.true" : "quiz.false")
      : (question.options.find((o) => o.id === id)?.text[lang] ?? id);
  return (answer: TAnswerValue | TQuestionSolution["answer"] | null): string => {
    if (answer === null || answer === undefined) return "–";
    return answerInWords(question.kind, answer, lang, {
      option,
      country: (code) => map?.countries.find((country) => country.code === code)?.name[lang] ?? code,
      unit: question.unit?.[lang] ?? "",
    });
  };
}

/**
 * An answer in words as the feedback shows it: an order or a set of pairs as a list (one line each, not one
 * run-on paragraph), anything else inline.
 */
export function AnswerWords(props: {
  question: TPlayableQuestion;
  lang: TLang;
  answer: TAnswerValue | TQuestionSolution["answer"] | null;
}) {
  const { question, lang, answer } = props;
  const answerText = useAnswerText(question, lang);
  // One option of an order or a pair (answerText would read a lone id as a whole answer of the question's kind).
  const optionText = (id: string) => question.options.find((option) => option.id === id)?.text[lang] ?? id;
  if (Array.isArray(answer) && answer.length && question.kind === "ordering") {
    return (
      <ol className="answer-list">
        {(answer as string[]).map((id) => (
          <li key={id}>{optionText(id)}</li>
        ))}
      </ol>
    );
  }
  if (Array.isArray(answer) && answer.length && question.kind === "matching") {
    return (
      <ul className="answer-list">
        {(answer as Array<[string, string]>).map(([left, right]) => (
          <li key={left}>
            {optionText(left)} → {optionText(right)}
          </li>
        ))}
      </ul>
    );
  }
  return <>{answerText(answer)}</>;
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

/**
 * A source sentence (German, as in the article) with its article and the date its facts stand at: the
 * sentence's own (questions built before sources carried one fall back to `asOf`, the question's or fact's).
 */
export function SourceQuote({ source, asOf, lang }: { source: TQuestionSolution["sources"][number]; asOf: string; lang: TLang }) {
  const t = useT();
  return (
    <>
      <blockquote className="source-quote" lang="de">
        „
        {quoteParts(source.quote).map((part, index) =>
          typeof part === "string" ? (
            part
          ) : (
            <span key={index}>
              {part.sic}{" "}
              <abbr className="sic" title={t("quiz.sicTitle")}>
                [sic]
              </abbr>
            </span>
          ),
        )}
        “
      </blockquote>
      {PICTURE.test(source.quote) && <p className="source-note muted">{t("quiz.noPicture")}</p>}
      {/* The articles are German; English readers get the sentence in English beside it. */}
      {lang === "en" && source.en && (
        <p className="source-translation" lang="en">
          “{source.en}”
        </p>
      )}
      <p className="source-meta">
        {source.label[lang]} · {t("quiz.asOf", { date: formatDate(source.asOf || asOf, lang) })}
      </p>
    </>
  );
}
