import { route } from "@/lib/platform/http/handler";
import { lookupGameEndpoint } from "@/lib/games/endpoints/lookup-game";

export const dynamic = "force-dynamic";

/** The join page's first step: is there a game with this PIN that can be joined (or that this browser plays in)? */
export const GET = route(lookupGameEndpoint);
