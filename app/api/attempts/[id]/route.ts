import { idRoute } from "@/lib/platform/http/handler";
import { getAttemptEndpoint } from "@/lib/attempts/endpoints/get-attempt";

export const dynamic = "force-dynamic";

/** Where an attempt stands: the question to answer now (without its answer), or that it has finished. */
export const GET = idRoute(getAttemptEndpoint);
