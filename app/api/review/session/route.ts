import { route } from "@/lib/platform/http/handler";
import { reviewSignInEndpoint, reviewSignOutEndpoint } from "@/lib/reports/endpoints/review-session";

export const dynamic = "force-dynamic";

/** Sign in to the review page with the admin secret (POST) and out again (DELETE). */
export const POST = route(reviewSignInEndpoint);
export const DELETE = route(reviewSignOutEndpoint);
