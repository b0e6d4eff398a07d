import { route } from "@/lib/platform/http/handler";
import { startAttemptEndpoint } from "@/lib/attempts/endpoints/start-attempt";

export const dynamic = "force-dynamic";

/** Starts a self-paced attempt at a set: the server picks and orders the questions and serves the first. */
export const POST = route(startAttemptEndpoint);
