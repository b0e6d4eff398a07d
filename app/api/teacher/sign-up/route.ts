import { route } from "@/lib/platform/http/handler";
import { signUpEndpoint } from "@/lib/teachers/endpoints/sign-up";

export const dynamic = "force-dynamic";

export const POST = route(signUpEndpoint);
