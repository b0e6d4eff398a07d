import { idRoute } from "@/lib/platform/http/handler";
import { hostEventsEndpoint } from "@/lib/games/endpoints/host-events";

export const dynamic = "force-dynamic";

/** The host's Server-Sent Events: the whole picture after every step, answer counts and lobby changes between. */
export const GET = idRoute(hostEventsEndpoint);
