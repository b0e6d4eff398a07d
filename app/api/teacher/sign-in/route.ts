import { route } from "@/lib/platform/http/handler";
import { signInEndpoint } from "@/lib/teachers/endpoints/sign-in";

export const dynamic = "force-dynamic";

export const POST = route(signInEndpoint);
