import { idRoute } from "@/lib/platform/http/handler";
import { playerViewEndpoint } from "@/lib/games/endpoints/player-view";

export const dynamic = "force-dynamic";

/** The player's own view: 401 when this browser has not joined (the page sends it to the join form). */
export const GET = idRoute(playerViewEndpoint);
