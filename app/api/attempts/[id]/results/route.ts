import { idRoute } from "@/lib/platform/http/handler";
import { attemptResultsEndpoint } from "@/lib/attempts/endpoints/attempt-results";

export const dynamic = "force-dynamic";

/** A finished attempt: every answer with its question and solution, and (once posted) the player's ranks. */
export const GET = idRoute(attemptResultsEndpoint);
