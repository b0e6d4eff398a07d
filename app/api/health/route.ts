import { getDbHandle } from "@/lib/platform/db/client";
import { describeDbError } from "@/lib/platform/db/errors";

export const dynamic = "force-dynamic";

/** Liveness and database reachability: 200 when a query round-trips, 503 with the reason when not. */
export async function GET() {
  const { db, provider } = getDbHandle();
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok", database: provider });
  } catch (error) {
    return Response.json(
      { status: "unavailable", database: provider, reason: describeDbError(error) },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
