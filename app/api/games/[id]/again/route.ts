import { idRoute } from "@/lib/platform/http/handler";
import { againEndpoint } from "@/lib/games/endpoints/manage-game";

export const dynamic = "force-dynamic";

/** The same game again: same set, settings and class, a new PIN. */
export const POST = idRoute(againEndpoint);
