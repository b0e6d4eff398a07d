// GET /api/sets/<id>/export?format=…&lang=de|en: a set's questions as a file to download. An unknown format or
// language is a 400 and an unknown set a 404, each naming the valid ones.
import { ZExportQuerySchema } from "@/lib/exports/schemas";
import { exportSet } from "@/lib/exports/use-cases/export-set";
import { apiError, invalidInput } from "@/lib/platform/http/errors";

export async function exportSetEndpoint(request: Request, setId: string): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const query = ZExportQuerySchema.safeParse({
    format: params.get("format") ?? undefined,
    lang: params.get("lang") ?? undefined,
  });
  if (!query.success) return invalidInput(query.error);
  const result = await exportSet(setId, query.data.format, query.data.lang);
  if ("unknownSet" in result)
    return apiError(404, "not_found", `set "${setId}" does not exist; sets: ${result.unknownSet.join(", ")}`);
  const { file } = result;
  return new Response(Buffer.from(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Content-Length": String(file.body.byteLength),
      "Cache-Control": "no-store",
    },
  });
}
