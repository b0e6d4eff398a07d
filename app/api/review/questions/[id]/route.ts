import { idRoute } from "@/lib/platform/http/handler";
import { reviewActionEndpoint } from "@/lib/reports/endpoints/review";

export const dynamic = "force-dynamic";

/** Dismiss a question's reports, retire it with a reason, or restore it (admin secret). */
export const POST = idRoute(reviewActionEndpoint);
