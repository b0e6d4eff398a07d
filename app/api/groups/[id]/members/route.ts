import { idRoute } from "@/lib/platform/http/handler";
import { rosterEndpoint } from "@/lib/classes/endpoints/owned-class";

export const dynamic = "force-dynamic";

/** The class's roster, for its teacher. */
export const GET = idRoute(rosterEndpoint);
