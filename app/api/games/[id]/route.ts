import { idRoute } from "@/lib/platform/http/handler";
import { deleteGameEndpoint } from "@/lib/games/endpoints/manage-game";

export const dynamic = "force-dynamic";

/** The teacher deletes a game that is over, with its report. */
export const DELETE = idRoute(deleteGameEndpoint);
