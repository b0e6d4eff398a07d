// /api/games/[id]/report (GET): the endpoint its route file serves.
import { getDb } from "@/lib/platform/db/client";
import { getLang } from "@/lib/platform/i18n/server";
import { parseLang } from "@/lib/platform/i18n/lang";
import { gameReportCsv, loadGameReport } from "@/lib/games/use-cases/game-report";
import { loadGameAsHost } from "@/lib/games/endpoints/session";

/** The host's report as JSON, or with ?format=csv as a CSV download (one row per player and question). */
export async function gameReportEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadGameAsHost(request, id);
  if (!loaded.ok) return loaded.response;
  const url = new URL(request.url);
  if (url.searchParams.get("format") === "csv") {
    const lang = url.searchParams.has("lang") ? parseLang(url.searchParams.get("lang")) : await getLang();
    const csv = await gameReportCsv(getDb(), loaded.game, lang);
    const date = loaded.game.createdAt.toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="quiz-${loaded.game.mode}-${date}-${loaded.game.pin ?? loaded.game.id.slice(0, 8)}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  }
  const { report } = await loadGameReport(getDb(), loaded.game);
  return Response.json({ report }, { headers: { "Cache-Control": "no-store" } });
}
