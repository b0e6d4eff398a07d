import { route } from "@/lib/platform/http/handler";
import { claimEndpoint } from "@/lib/teachers/endpoints/claim";

export const dynamic = "force-dynamic";

export const POST = route(claimEndpoint);
