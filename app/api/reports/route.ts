import { route } from "@/lib/platform/http/handler";
import { reportEndpoint } from "@/lib/reports/endpoints/report";

export const dynamic = "force-dynamic";

/** "Frage melden": a report on a question from any mode (lib/reports/endpoints/report.ts). */
export const POST = route(reportEndpoint);
