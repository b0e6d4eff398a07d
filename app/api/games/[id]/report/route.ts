import { idRoute } from "@/lib/platform/http/handler";
import { gameReportEndpoint } from "@/lib/games/endpoints/game-report";

export const dynamic = "force-dynamic";

/** The host's report as JSON, or with ?format=csv as a CSV download (one row per player and question). */
export const GET = idRoute(gameReportEndpoint);
