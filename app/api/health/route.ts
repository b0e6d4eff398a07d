import { getDbHandle } from "@/lib/platform/db/client";
import { checkDatabase } from "@/lib/platform/db/health";

export const dynamic = "force-dynamic";

/** Liveness and a database that can write: 200 when a write commits in time, 503 with the reason when not. */
export async function GET() {
  const handle = getDbHandle();
  const health = await checkDatabase(handle);
  if (health.ok) return Response.json({ status: "ok", database: handle.provider }, { headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { status: "unavailable", database: handle.provider, reason: health.reason },
    { status: 503, headers: { "Cache-Control": "no-store" } },
  );
}
