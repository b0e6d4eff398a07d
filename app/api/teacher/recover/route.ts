import { route } from "@/lib/platform/http/handler";
import { recoverEndpoint } from "@/lib/teachers/endpoints/recover";

export const dynamic = "force-dynamic";

export const POST = route(recoverEndpoint);
