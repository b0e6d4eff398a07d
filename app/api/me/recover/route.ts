import { route } from "@/lib/platform/http/handler";
import { recoverEndpoint } from "@/lib/players/endpoints/recover";

export const dynamic = "force-dynamic";

/** Moves a player to this browser with their recovery code. */
export const POST = route(recoverEndpoint);
