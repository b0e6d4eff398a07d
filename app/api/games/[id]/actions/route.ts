import { idRoute } from "@/lib/platform/http/handler";
import { hostActionEndpoint } from "@/lib/games/endpoints/host-action";

export const dynamic = "force-dynamic";

/** Host controls: start, next, skip, pause, resume, end, lock, unlock, kick. Only the host's browser: 403 otherwise. */
export const POST = idRoute(hostActionEndpoint);
