import Link from "next/link";
import { secondsText, type TLang } from "@/lib/platform/i18n/lang";
import { translate, type TMessageKey } from "@/lib/platform/i18n/messages";
import type { TGameReportView } from "@/lib/games/types";
import { HARD_MIN_ANSWERS } from "@/lib/games/rules/hardness";
import { DataTable, type TColumn } from "@/components/ui/DataTable";
import { percentText, ShareMeter } from "@/components/ui/ShareMeter";
import { StandingsTable } from "./StandingsTable";
import { ScrollRegion } from "@/components/ui/ScrollRegion";

const seconds = (ms: number | null, lang: TLang) => (ms === null ? "–" : `${secondsText(ms, lang)} s`);

/** The host's report: the class at a glance, the hardest questions, each question's accuracy, each player's result. */
export function ReportView({ report, lang, setTitle }: { report: TGameReportView; lang: TLang; setTitle: string }) {
  const t = (key: TMessageKey, values?: Record<string, string | number>) => translate(lang, key, values);
  const byIndex = new Map(report.questions.map((question) => [question.index, question]));
  const questionColumns: TColumn<TGameReportView["questions"][number]>[] = [
    { key: "index", header: "#", numeric: true, cell: (question) => question.index + 1 },
    { key: "question", header: t("live.report.question"), cell: (question) => question.prompt[lang] },
    { key: "answered", header: t("live.report.answered"), numeric: true, cell: (question) => question.answered },
    { key: "correct", header: t("live.report.correct"), numeric: true, cell: (question) => question.correct },
    {
      key: "share",
      header: t("live.report.share"),
      cell: (question) => <ShareMeter share={question.accuracy} />,
    },
    {
      key: "avgTime",
      header: t("live.report.avgTime"),
      numeric: true,
      cell: (question) => seconds(question.averageTimeMs, lang),
    },
  ];
  return (
    <div className="report">
      <h1>
        {t("live.report.title")}: {setTitle}
      </h1>
      <div className="stats">
        <div className="stat">
          <div className="value">{report.playerCount}</div>
          <div className="label">{t("live.report.players")}</div>
        </div>
        <div className="stat">
          <div className="value">{report.questions.length}</div>
          <div className="label">{t("live.report.questions")}</div>
        </div>
        <div className="stat">
          <div className="value" data-testid="average-accuracy">
            {percentText(report.averageAccuracy)}
          </div>
          <div className="label">{t("live.report.accuracy")}</div>
        </div>
      </div>
      <div className="button-row">
        <a className="btn btn-primary" href={`/api/games/${report.gameId}/report?format=csv&lang=${lang}`} download>
          {t("live.report.csv")}
        </a>
        <a className="btn btn-secondary" href={`/api/games/${report.gameId}/report?format=xlsx&lang=${lang}`} download>
          {t("live.report.xlsx")}
        </a>
        <Link className="btn btn-secondary" href={`/host/${report.gameId}`}>
          {t("live.report.back")}
        </Link>
      </div>

      <h2>{t("live.report.hardest")}</h2>
      {report.hardest.length ? (
        <ol className="hardest" data-testid="hardest">
          {report.hardest.map((index) => {
            const question = byIndex.get(index)!;
            return (
              <li key={index}>
                <span>
                  {t("live.report.question")} {index + 1}: {question.prompt[lang]}
                </span>{" "}
                <strong>{t("live.report.correctOf", { correct: question.correct, players: report.playerCount })}</strong>
              </li>
            );
          })}
        </ol>
      ) : (
        !report.fewAnswers && <p>{report.questions.length ? t("live.report.noneHard") : t("live.report.empty")}</p>
      )}
      {report.fewAnswers && <p className="muted">{t("live.report.fewAnswers", { min: HARD_MIN_ANSWERS })}</p>}

      <h2>{t("live.report.perQuestion")}</h2>
      <ScrollRegion label={t("live.report.perQuestion")}>
        <DataTable
          testId="question-table"
          columns={questionColumns}
          rows={report.questions}
          rowKey={(question) => question.index}
        />
      </ScrollRegion>

      <h2>{t("live.report.perPlayer")}</h2>
      <ScrollRegion label={t("live.report.perPlayer")}>
        <StandingsTable
          testId="player-table"
          rows={report.players}
          labels={{
            caption: t("live.report.perPlayer"),
            rank: t("live.report.rank"),
            nickname: t("live.report.nickname"),
            score: t("live.report.score"),
            correct: t("live.report.correct"),
            answered: t("live.report.answered"),
          }}
        />
      </ScrollRegion>
    </div>
  );
}
