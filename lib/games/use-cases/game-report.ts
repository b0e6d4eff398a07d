// The host's report of a game or assignment, and its CSV and XLSX exports, from the stored answers.
import type { TGameReportView } from "@/lib/games/types";
import "server-only";
import type { TDb } from "@/lib/platform/db/client";
import { gameAnswerLines, gamePlayerLines } from "@/lib/games/queries/game-results";
import type { TGameRow } from "@/lib/games/queries/games";
import { sealedGameQuestions } from "./game-questions";
import { answerText } from "@/lib/games/rules/answer-text";
import { gameReportTables, reportCsv } from "@/lib/games/rules/report-tables";
import { REPORT_CREATOR, tablesXlsx } from "@/lib/games/rules/tables";
import { buildReport } from "@/lib/games/rules/report";
import { worldMap } from "@/lib/map/rules/world-paths";
import type { TLang, TStoredQuestion } from "@/questions/types";

/** Live games report the questions asked so far; assignments all of theirs. */
function askedCount(game: TGameRow, total: number): number {
  if (game.mode === "assignment") return total;
  if (game.currentIndex < 0) return 0;
  return game.status === "question" || game.status === "paused" ? game.currentIndex : game.currentIndex + 1;
}

export async function loadGameReport(
  db: TDb,
  game: TGameRow,
): Promise<{
  report: TGameReportView;
  questions: Array<TStoredQuestion | undefined>;
  answers: Awaited<ReturnType<typeof gameAnswerLines>>;
}> {
  const [questions, players, answers] = await Promise.all([
    sealedGameQuestions(db, game),
    gamePlayerLines(db, game.id),
    gameAnswerLines(db, game.id),
  ]);
  const report = buildReport({
    questions,
    askedCount: askedCount(game, questions.length),
    players: players.map((p) => ({ ...p, finishedAt: p.finishedAt ? p.finishedAt.getTime() : null })),
    answers,
  });
  return {
    report: {
      ...report,
      gameId: game.id,
      mode: game.mode,
      setId: game.setId,
      status: game.status,
      createdAt: game.createdAt.toISOString(),
      endedAt: game.endedAt?.toISOString() ?? null,
    },
    questions,
    answers,
  };
}

/** The report's tables to download (`report-tables.ts`), the answers written out in words. */
async function gameReportFiles(db: TDb, game: TGameRow, lang: TLang) {
  const { report, questions, answers } = await loadGameReport(db, game);
  const countries = new Map(worldMap().countries.map((country) => [country.code, country.name[lang]]));
  const rows = answers.flatMap((answer) => {
    const question = questions[answer.questionIndex];
    if (!question) return [];
    return [
      {
        gamePlayerId: answer.gamePlayerId,
        questionIndex: answer.questionIndex,
        answerText: answerText(question, answer.answer, lang, (code) => countries.get(code) ?? code),
        correct: answer.correct,
        timeMs: answer.timeMs,
        points: answer.points + answer.bonus,
      },
    ];
  });
  return { report, rows };
}

export async function gameReportCsv(db: TDb, game: TGameRow, lang: TLang): Promise<string> {
  const { report, rows } = await gameReportFiles(db, game, lang);
  return reportCsv(report, rows, lang);
}

/** The report as a workbook: results per player, accuracy per question, every answer. */
export async function gameReportXlsx(db: TDb, game: TGameRow, lang: TLang): Promise<Uint8Array> {
  const { report, rows } = await gameReportFiles(db, game, lang);
  return tablesXlsx(gameReportTables(report, rows, lang), REPORT_CREATOR);
}
