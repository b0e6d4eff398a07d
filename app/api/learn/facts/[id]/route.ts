import { idRoute } from "@/lib/platform/http/handler";
import { factBackEndpoint } from "@/lib/learn/endpoints/fact-back";

export const dynamic = "force-dynamic";

/** The back of a learn card, with the solution of the question asked (`?question=`). */
export const GET = idRoute(factBackEndpoint);
