import { route } from "@/lib/platform/http/handler";
import { signOutEndpoint } from "@/lib/teachers/endpoints/sign-out";

export const dynamic = "force-dynamic";

export const POST = route(signOutEndpoint);
