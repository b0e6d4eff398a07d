import { route } from "@/lib/platform/http/handler";
import { redeemHandoverEndpoint } from "@/lib/games/endpoints/handover";

export const dynamic = "force-dynamic";

/** This device redeems a handover code and hosts the game from now on. */
export const POST = route(redeemHandoverEndpoint);
