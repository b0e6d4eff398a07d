// /api/games/[id]/report (GET): the endpoint its route file serves.
import { getDb } from "@/lib/platform/db/client";
import { getLang } from "@/lib/platform/i18n/server";
import { parseLang } from "@/lib/platform/i18n/lang";
import { apiError } from "@/lib/platform/http/errors";
import { gameReportCsv, gameReportXlsx, loadGameReport } from "@/lib/games/use-cases/game-report";
import { loadGameAsHost } from "@/lib/games/endpoints/session";
import { download, REPORT_FORMATS } from "@/lib/games/endpoints/download";

/**
 * The host's report as JSON, or as a download: ?format=csv (one row per player and question) or ?format=xlsx
 * (a workbook: results, questions, answers).
 */
export async function gameReportEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadGameAsHost(request, id);
  if (!loaded.ok) return loaded.response;
  const url = new URL(request.url);
  const format = url.searchParams.get("format");
  if (format !== null && !REPORT_FORMATS.includes(format))
    return apiError(400, "invalid_format", `unknown format "${format}"; formats: ${REPORT_FORMATS.join(", ")}`, [
      { field: "format", message: `one of ${REPORT_FORMATS.join(", ")}` },
    ]);
  if (format === "csv" || format === "xlsx") {
    const lang = url.searchParams.has("lang") ? parseLang(url.searchParams.get("lang")) : await getLang();
    const { game } = loaded;
    const name = `quiz-${game.mode}-${game.createdAt.toISOString().slice(0, 10)}-${game.pin ?? game.id.slice(0, 8)}`;
    return format === "csv"
      ? download(await gameReportCsv(getDb(), game, lang), name, "csv")
      : download(await gameReportXlsx(getDb(), game, lang), name, "xlsx");
  }
  const { report } = await loadGameReport(getDb(), loaded.game);
  return Response.json({ report }, { headers: { "Cache-Control": "no-store" } });
}
