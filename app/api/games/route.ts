import { route } from "@/lib/platform/http/handler";
import { createGameEndpoint } from "@/lib/games/endpoints/create-game";

export const dynamic = "force-dynamic";

/**
 * A teacher creates a live game or an assignment from a question set. The answer carries the PIN and the host
 * key; the key is also set as an httpOnly cookie, so this browser (and only it) controls the game.
 */
export const POST = route(createGameEndpoint);
