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
import { Feedback } from "./Feedback";
import { PostScoreForm } from "./PostScoreForm";

export type TResults = {
  attempt: TAttemptState;
  startedAt: string;
  finishedAt: string;
  totalTimeMs: number;
  answers: Array<TAnswerFeedback & { question: TPlayableQuestion }>;
  ranks: Record<"all" | "week" | "day", { rank: number; of: number } | null> | null;
  board: TBoardEntry;
  nickname: string | null;
};

function formatDuration(ms: number, lang: string): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return lang === "de" ? `${minutes} min ${seconds % 60} s` : `${minutes} min ${seconds % 60} s`;
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

export function ResultsView({ attemptId, setTitle }: { attemptId: string; setTitle?: string }) {
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
          <div className="value">{formatDuration(results.totalTimeMs, lang)}</div>
          <div className="label">{t("results.time")}</div>
        </div>
      </div>

      <div className="button-row" style={{ marginBottom: "1rem" }}>
        <Link href={`/sets/${attempt.setId}/quiz?new=1`} className="btn btn-primary">
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
        {wrong.map((answer) => (
          <li key={answer.questionId} className="card">
            <p style={{ fontWeight: 700 }}>{answer.question.prompt[lang]}</p>
            <Feedback feedback={answer} question={answer.question} lang={lang} />
            <ReportButton target={{ mode: "quiz", questionId: answer.question.id, attemptId }} />
          </li>
        ))}
      </ol>
    </>
  );
}
