import { route } from "@/lib/platform/http/handler";
import { reviewQueueEndpoint } from "@/lib/reports/endpoints/review";

export const dynamic = "force-dynamic";

/** Questions with open reports and retired ones, for the review page (admin secret). */
export const GET = route(reviewQueueEndpoint);
