import { idRoute } from "@/lib/platform/http/handler";
import { renewCodeEndpoint } from "@/lib/classes/endpoints/owned-class";

export const dynamic = "force-dynamic";

/** The class's teacher replaces its join code. */
export const POST = idRoute(renewCodeEndpoint);
