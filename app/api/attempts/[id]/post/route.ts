import { idRoute } from "@/lib/platform/http/handler";
import { postAttemptEndpoint } from "@/lib/attempts/endpoints/post-attempt";

export const dynamic = "force-dynamic";

/**
 * Puts a finished attempt's server-computed score on the leaderboards (once; a repeat is a no-op). A player
 * without a nickname must give one. Nothing in the body can change the score.
 */
export const POST = idRoute(postAttemptEndpoint);
