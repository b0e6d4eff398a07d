import { idRoute } from "@/lib/platform/http/handler";
import { classReportEndpoint } from "@/lib/class-reports/endpoints/class-report";

export const dynamic = "force-dynamic";

/** The class's report across its games and assignments, for its teacher: JSON, ?format=csv&view=… or ?format=xlsx. */
export const GET = idRoute(classReportEndpoint);
