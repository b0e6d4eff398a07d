import { idRoute } from "@/lib/platform/http/handler";
import { createHandoverEndpoint } from "@/lib/games/endpoints/handover";

export const dynamic = "force-dynamic";

/** A one-time code that hands the game to another device. */
export const POST = idRoute(createHandoverEndpoint);
