// A class's report across its games and assignments: the class at a glance, "Schwächste Fakten üben" and the
// downloads, the facts it missed most (with their sources), its students over time, its questions and its games.
// No hooks of its own: the page renders it on the server; the button and the source quotes are client parts.
import Link from "next/link";
import { LOCALE, type TLang } from "@/lib/platform/i18n/lang";
import { translate, type TMessageKey } from "@/lib/platform/i18n/messages";
import type { TClassReport } from "@/lib/class-reports/types";
import { HARD_BELOW, HARD_MIN_ANSWERS } from "@/lib/games/rules/hardness";
import { REPORT_VIEWS } from "@/lib/class-reports/rules/report-tables";
import { DataTable, type TColumn, type TDataTableProps } from "@/components/ui/DataTable";
import { percentText as percent, ShareMeter } from "@/components/ui/ShareMeter";
import { AccuracySparkline } from "./AccuracySparkline";
import { PracticeWeakestButton } from "./PracticeWeakestButton";
import { WeakFacts } from "./WeakFacts";
import { ScrollRegion } from "@/components/ui/ScrollRegion";

/** "30.11.2026, 08:36" / "30 Nov 2026, 08:36": a game's day and time at the school. */
function whenText(game: { day: string; time: string }, lang: TLang): string {
  const [year, month, day] = game.day.split("-").map(Number) as [number, number, number];
  const date = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeZone: "UTC" }).format(
    Date.UTC(year, month - 1, day),
  );
  return `${date}, ${game.time}`;
}

const TREND_ARROWS = { up: "↑", down: "↓", steady: "→" } as const;

type TProps = { report: TClassReport; lang: TLang; setTitles: Record<string, string>; classPath: string };

export function ClassReportView({ report, lang, setTitles, classPath }: TProps) {
  const t = (key: TMessageKey, values?: Record<string, string | number>) => translate(lang, key, values);
  const played = report.games.length > 0;

  const studentColumns: TColumn<TClassReport["students"][number]>[] = [
    {
      key: "nickname",
      header: t("classReport.students.nickname"),
      cell: (student) => (
        <>
          {student.nickname}
          {!student.member && <span className="muted"> ({t("classReport.students.left")})</span>}
        </>
      ),
    },
    {
      key: "takenPart",
      header: t("classReport.students.takenPart"),
      numeric: true,
      className: "show-narrow",
      cell: (student) => student.games + student.assignments,
    },
    { key: "games", header: t("classReport.games"), numeric: true, className: "hide-narrow", cell: (s) => s.games },
    {
      key: "assignments",
      header: t("classReport.assignments"),
      numeric: true,
      className: "hide-narrow",
      cell: (student) => student.assignments,
    },
    { key: "answers", header: t("classReport.answers"), numeric: true, className: "hide-narrow", cell: (s) => s.answers },
    { key: "share", header: t("classReport.students.share"), cell: (student) => <ShareMeter share={student.accuracy} /> },
    {
      key: "history",
      header: t("classReport.students.history"),
      className: "hide-narrow",
      cell: (student) => {
        const shares = student.history.filter((game) => game.answers > 0).map((game) => game.correct / game.answers);
        return (
          <AccuracySparkline
            shares={shares}
            label={t("classReport.students.historyLabel", { values: shares.map(percent).join(", ") || "–" })}
          />
        );
      },
    },
    {
      key: "trend",
      header: t("classReport.students.trend"),
      cell: (student) =>
        student.trend ? (
          <>
            <span aria-hidden="true">{TREND_ARROWS[student.trend]} </span>
            <span className="trend-word">{t(`classReport.trend.${student.trend}`)}</span>
          </>
        ) : (
          "–"
        ),
    },
  ];

  const questionColumns: TColumn<TClassReport["questions"][number]>[] = [
    {
      key: "question",
      header: t("classReport.questions.question"),
      cell: (question) => (
        <>
          {question.prompt[lang]} {question.hard && <span className="tag tag-hard">{t("classReport.hard")}</span>}
        </>
      ),
    },
    { key: "games", header: t("classReport.questions.games"), numeric: true, className: "hide-narrow", cell: (q) => q.games },
    { key: "answers", header: t("classReport.answers"), numeric: true, cell: (question) => question.answers },
    { key: "share", header: t("classReport.students.share"), cell: (question) => <ShareMeter share={question.accuracy} /> },
  ];

  const gameColumns: TColumn<TClassReport["games"][number]>[] = [
    {
      key: "date",
      header: t("classReport.games.date"),
      cell: (game) => (
        <Link href={`/host/${game.gameId}/report`} aria-label={t("classReport.games.reportOf", { date: whenText(game, lang) })}>
          {whenText(game, lang)}
        </Link>
      ),
    },
    {
      key: "mode",
      header: t("classReport.games.mode"),
      cell: (game) =>
        `${t(`classReport.games.${game.mode}`)} · ${game.practice ? t("classReport.practice.title") : (setTitles[game.setId] ?? game.setId)}`,
    },
    {
      key: "players",
      header: t("classReport.games.players"),
      numeric: true,
      className: "hide-narrow",
      cell: (game) => game.players,
    },
    { key: "share", header: t("classReport.students.share"), cell: (game) => <ShareMeter share={game.accuracy} /> },
  ];

  return (
    <div className="class-report">
      <p className="back-link">
        <Link href={classPath}>← {t("classReport.back")}</Link>
      </p>
      <h1>{t("classReport.title", { name: report.name })}</h1>
      <p className="lead">{t("classReport.intro")}</p>
      <div className="stats">
        <Stat value={report.students.length} label={t("classReport.students")} />
        <Stat value={report.games.filter((game) => game.mode === "live").length} label={t("classReport.games")} />
        <Stat value={report.games.filter((game) => game.mode === "assignment").length} label={t("classReport.assignments")} />
        <Stat value={report.answers} label={t("classReport.answers")} />
        <Stat value={percent(report.accuracy)} label={t("classReport.accuracy")} testId="class-accuracy" />
      </div>

      {!played && <p className="card">{t("classReport.empty")}</p>}

      <div className="class-report-actions">
        <section className="card" aria-labelledby="practice-title">
          <h2 id="practice-title">{t("classReport.practice.title")}</h2>
          <p>{t("classReport.practice.text")}</p>
          <PracticeWeakestButton groupId={report.groupId} />
        </section>
        <section className="card" aria-labelledby="downloads-title">
          <h2 id="downloads-title">{t("classReport.downloads")}</h2>
          <p>
            <a className="btn btn-secondary" href={`/api/groups/${report.groupId}/report?format=xlsx&lang=${lang}`} download>
              {t("classReport.xlsx")}
            </a>
          </p>
          <p className="csv-links">
            {t("classReport.csv")}{" "}
            {REPORT_VIEWS.map((view) => (
              <a key={view} href={`/api/groups/${report.groupId}/report?format=csv&view=${view}&lang=${lang}`} download>
                {t(`classReport.csv.${view}`)}
              </a>
            ))}
          </p>
        </section>
      </div>

      {played && (
        <>
          <h2>{t("classReport.facts.title")}</h2>
          <p className="muted">{t("classReport.facts.rule", { share: Math.round(HARD_BELOW * 100), min: HARD_MIN_ANSWERS })}</p>
          <WeakFacts facts={report.facts} lang={lang} />

          <TableSection
            title={t("classReport.students.title")}
            testId="student-table"
            columns={studentColumns}
            rows={report.students}
            rowKey={(student) => student.key}
          />
          <TableSection
            title={t("classReport.questions.title")}
            testId="class-question-table"
            columns={questionColumns}
            rows={report.questions}
            rowKey={(question) => question.questionId}
          />
          <TableSection
            title={t("classReport.games.title")}
            testId="class-game-table"
            columns={gameColumns}
            rows={report.games}
            rowKey={(game) => game.gameId}
          />
        </>
      )}
    </div>
  );
}

/** A heading and its table, scrolling sideways on a narrow screen; the heading names the table too. */
function TableSection<TRow>(props: TDataTableProps<TRow> & { title: string }) {
  const { title, ...table } = props;
  return (
    <>
      <h2>{title}</h2>
      <ScrollRegion label={title}>
        <DataTable caption={title} {...table} />
      </ScrollRegion>
    </>
  );
}

function Stat({ value, label, testId }: { value: number | string; label: string; testId?: string }) {
  return (
    <div className="stat">
      <div className="value" data-testid={testId}>
        {value}
      </div>
      <div className="label">{label}</div>
    </div>
  );
}
