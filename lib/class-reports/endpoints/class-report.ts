// /api/groups/<id>/report (GET) and /api/groups/<id>/practice-weakest (POST): for the class's teacher only; for
// anyone else the class does not exist (404), and without signing in it is a 401.
import { getDb } from "@/lib/platform/db/client";
import { getLang } from "@/lib/platform/i18n/server";
import { invalidInput } from "@/lib/platform/http/errors";
import { readJson } from "@/lib/platform/http/body";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { loadOwnedClass } from "@/lib/classes/endpoints/owned-class";
import { download } from "@/lib/games/endpoints/download";
import { browserHostKey } from "@/lib/games/endpoints/session";
import { createdResponse } from "@/lib/games/endpoints/create-game";
import { ZClassReportQuery, ZPracticeWeakest } from "@/lib/class-reports/schemas";
import { classReportCsv, classReportXlsx, loadClassReport } from "@/lib/class-reports/use-cases/class-report";
import { practiceWeakest } from "@/lib/class-reports/use-cases/practice-weakest";

/** The report as JSON; ?format=csv (one view: ?view=students|questions|facts) or ?format=xlsx (all three). */
export async function classReportEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadOwnedClass(request, id);
  if (!loaded.ok) return loaded.response;
  const query = ZClassReportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return invalidInput(query.error);
  const { format, view } = query.data;
  const report = await loadClassReport(getDb(), loaded.group);
  if (format === "json") return Response.json({ report }, { headers: { "Cache-Control": "no-store" } });
  const lang = query.data.lang ?? (await getLang());
  const name = `klasse-${loaded.group.name}-${new Date().toISOString().slice(0, 10)}`;
  return format === "csv"
    ? download(classReportCsv(report, view, lang), `${name}-${view}`, "csv")
    : download(await classReportXlsx(report, lang), name, "xlsx");
}

/** One click: an assignment of the questions on the facts the class missed most; answered like POST /api/games. */
export async function practiceWeakestEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadOwnedClass(request, id);
  if (!loaded.ok) return loaded.response;
  const parsed = await readJson(request, ZPracticeWeakest);
  if (!parsed.ok) return parsed.response;
  const limited = await rateLimit("write", { player: loaded.teacher.id, address: clientAddress(request) });
  if (limited) return limited;
  const { questionCount, deadline } = parsed.data;
  const created = await practiceWeakest(
    getDb(),
    {
      group: loaded.group,
      teacherId: loaded.teacher.id,
      ...(questionCount ? { questionCount } : {}),
      ...(deadline ? { deadline: new Date(deadline) } : {}),
    },
    await browserHostKey(),
  );
  return createdResponse(created);
}
