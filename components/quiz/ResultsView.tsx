"use client";

import type { TBoardEntry } from "@/lib/leaderboards/rules/board-score";
import { ReportButton } from "@/components/reports/ReportButton";
import Link from "next/link";
import { useEffect, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TAttemptState } from "@/lib/attempts/types";
import type { TAnswerFeedback } from "@/lib/answering/types";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import type { TMessageKey } from "@/lib/platform/i18n/messages";
import { useProgressStore } from "@/lib/progress/store/ProgressProvider";
import type { TPlayableQuestion } from "@/questions/present";
import { DataTable, type TColumn } from "@/components/ui/DataTable";
import { PostScoreForm } from "./PostScoreForm";
import { AnswerWords, SourceQuote } from "./SolutionDetails";

export type TResults = {
  attempt: TAttemptState;
  startedAt: string;
  finishedAt: string;
  totalTimeMs: number;
  answers: Array<TAnswerFeedback & { question: TPlayableQuestion }>;
  ranks: Record<"all" | "week" | "day", { rank: number; of: number } | null> | null;
  board: TBoardEntry;
  nickname: string | null;
  /** The set's title, as the results page heads itself. */
  setTitle: { de: string; en: string } | null;
};

/** "5 s", "2 min 5 s": kept on one line (no-break spaces), without "0 min". */
function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return minutes ? `${minutes}\u00a0min\u00a0${seconds % 60}\u00a0s` : `${seconds}\u00a0s`;
}

/** Rows of a breakdown: per key, how many questions and how many right. */
function breakdown(results: TResults, keysOf: (answer: TResults["answers"][number]) => string[]) {
  const rows = new Map<string, { total: number; correct: number }>();
  for (const answer of results.answers) {
    for (const key of keysOf(answer)) {
      const row = rows.get(key) ?? { total: 0, correct: 0 };
      row.total++;
      if (answer.correct) row.correct++;
      rows.set(key, row);
    }
  }
  return [...rows].sort((a, b) => b[1].total - a[1].total);
}

type TBreakdownRow = ReturnType<typeof breakdown>[number];

/** A breakdown's two columns: what was asked about, and how many of its questions were right. */
function breakdownColumns(
  header: string,
  name: (key: string) => React.ReactNode,
  correctHeader: string,
): TColumn<TBreakdownRow>[] {
  return [
    { key: "name", header, cell: ([key]) => name(key) },
    { key: "correct", header: correctHeader, numeric: true, cell: ([, row]) => `${row.correct} / ${row.total}` },
  ];
}

export function ResultsView({ attemptId }: { attemptId: string }) {
  const t = useT();
  const { lang } = useLang();
  const store = useProgressStore();
  const [results, setResults] = useState<TResults>();
  const [error, setError] = useState<string>();

  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void api<TResults>(`/api/attempts/${attemptId}/results`).then((response) => {
      if (!live) return;
      if (!response.ok) return setError(response.code === "attempt_not_finished" ? t("results.notFinished") : response.message);
      setResults(response.data);
      const { attempt } = response.data;
      store.getState().recordAttempt({
        attemptId: attempt.id,
        setId: attempt.setId,
        score: attempt.score,
        correct: attempt.correctCount,
        total: attempt.total,
        durationMs: response.data.totalTimeMs,
        finishedAt: response.data.finishedAt,
      });
    });
    return () => {
      live = false;
    };
  }, [attemptId, version, store, t]);

  if (error) return <p role="alert">{t("common.error", { message: error })}</p>;
  if (!results) return <p role="status">{t("common.loading")}</p>;

  const { attempt } = results;
  const percent = Math.round((attempt.correctCount / attempt.total) * 100);
  const countryNames = new Intl.DisplayNames([lang], { type: "region" });
  const byCountry = breakdown(results, (a) => (a.solution.tags.countries.length ? a.solution.tags.countries : ["*"]));
  const byTheme = breakdown(results, (a) => a.solution.tags.themes);
  const wrong = results.answers.filter((answer) => !answer.correct);
  const setTitle = results.setTitle?.[lang];

  return (
    <>
      <h1>
        {t("results.title")}
        {setTitle ? `: ${setTitle}` : ""}
      </h1>
      <div className="stats">
        <div className="stat">
          <div className="value" data-testid="results-score">
            {attempt.score}
          </div>
          <div className="label">{t("results.score")}</div>
        </div>
        <div className="stat">
          <div className="value">{percent} %</div>
          <div className="label">
            {t("results.accuracyValue", { correct: attempt.correctCount, total: attempt.total, percent })}
          </div>
        </div>
        <div className="stat">
          <div className="value">{formatDuration(results.totalTimeMs)}</div>
          <div className="label">{t("results.time")}</div>
        </div>
      </div>

      <div className="button-row" style={{ marginBottom: "1rem" }}>
        {wrong.length > 0 && (
          <Link href={`/sets/${attempt.setId}/quiz?new=1&retry=${attempt.id}`} className="btn btn-primary">
            {t("results.practiceMistakes", { count: wrong.length })}
          </Link>
        )}
        <Link href={`/sets/${attempt.setId}/quiz?new=1`} className={`btn ${wrong.length ? "btn-secondary" : "btn-primary"}`}>
          {t("results.tryAgain")}
        </Link>
        <Link href="/" className="btn btn-secondary">
          {t("results.home")}
        </Link>
      </div>

      <PostScoreForm
        attemptId={attempt.id}
        setId={attempt.setId}
        posted={attempt.posted}
        nickname={results.nickname}
        ranks={results.ranks}
        board={results.board}
        score={attempt.score}
        onPosted={() => setVersion((v) => v + 1)}
      />

      <div className="breakdown">
        <section aria-labelledby="by-country">
          <h2 id="by-country">{t("results.byCountry")}</h2>
          <DataTable
            columns={breakdownColumns(
              t("results.country"),
              (code) => (code === "*" ? t("results.context") : countryNames.of(code)),
              t("results.correctShort"),
            )}
            rows={byCountry}
            rowKey={([code]) => code}
          />
        </section>
        <section aria-labelledby="by-theme">
          <h2 id="by-theme">{t("results.byTheme")}</h2>
          <DataTable
            columns={breakdownColumns(
              t("results.theme"),
              (theme) => t(`theme.${theme}` as TMessageKey),
              t("results.correctShort"),
            )}
            rows={byTheme}
            rowKey={([theme]) => theme}
          />
        </section>
      </div>

      <h2>{wrong.length ? t("results.wrongOnes") : t("results.allRight")}</h2>
      <ol className="review-list">
        {[...wrong, ...results.answers.filter((answer) => answer.correct)].map((answer) => (
          <AnswerReview key={answer.questionId} answer={answer} lang={lang} attemptId={attemptId} />
        ))}
      </ol>
    </>
  );
}

/**
 * One question of the results, compact: the verdict, the prompt and the right answer, with one source for a
 * missed question; the explanation and the other sources open on demand.
 */
function AnswerReview({
  answer,
  lang,
  attemptId,
}: {
  answer: TResults["answers"][number];
  lang: "de" | "en";
  attemptId: string;
}) {
  const t = useT();
  const verdict = answer.correct ? "right" : answer.closeness > 0 ? "partly" : "wrong";
  const [first, ...others] = answer.solution.sources;
  return (
    <li className={`card answer-review is-${verdict}`}>
      <p>
        <span className="verdict">
          {answer.correct ? t("quiz.correct") : verdict === "partly" ? t("quiz.partly") : t("quiz.wrong")}
        </span>{" "}
        <span className="review-prompt">{answer.question.prompt[lang]}</span>
      </p>
      {!answer.correct && (
        <div className="feedback-answer">
          <strong>{t("quiz.yourAnswer")}:</strong>{" "}
          {answer.written ? (
            (answer.given ?? "–").toString()
          ) : (
            <AnswerWords question={answer.question} lang={lang} answer={answer.given} />
          )}
        </div>
      )}
      <div className="feedback-answer">
        <strong>{t("quiz.rightAnswer")}:</strong>{" "}
        {answer.written ? (
          answer.written[lang]
        ) : (
          <AnswerWords question={answer.question} lang={lang} answer={answer.solution.answer} />
        )}
      </div>
      {!answer.correct && first && <SourceQuote source={first} asOf={answer.solution.asOf} lang={lang} />}
      <details>
        <summary>{t("results.more")}</summary>
        <p>{answer.solution.explanation[lang]}</p>
        {answer.solution.note && (
          <p>
            <strong>{t("quiz.note")}:</strong> {answer.solution.note[lang]}
          </p>
        )}
        {(answer.correct ? answer.solution.sources : others).map((source) => (
          <SourceQuote key={source.quote} source={source} asOf={answer.solution.asOf} lang={lang} />
        ))}
      </details>
      <ReportButton target={{ mode: "quiz", questionId: answer.question.id, attemptId }} />
    </li>
  );
}
