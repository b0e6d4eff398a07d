import { idRoute } from "@/lib/platform/http/handler";
import { gameReportEndpoint } from "@/lib/games/endpoints/game-report";

export const dynamic = "force-dynamic";

/** The host's report as JSON, or a download: ?format=csv (one row per player and question) or ?format=xlsx. */
export const GET = idRoute(gameReportEndpoint);
