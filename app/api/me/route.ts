import { route } from "@/lib/platform/http/handler";
import { meEndpoint } from "@/lib/players/endpoints/me";

export const dynamic = "force-dynamic";

/** Who this browser plays as (null before the first game), and the groups joined. */
export const GET = route(meEndpoint);
