import { route } from "@/lib/platform/http/handler";
import { joinGameEndpoint } from "@/lib/games/endpoints/join-game";

export const dynamic = "force-dynamic";

/** A player joins by PIN and nickname (or comes back, when this browser already plays in the game). */
export const POST = route(joinGameEndpoint);
