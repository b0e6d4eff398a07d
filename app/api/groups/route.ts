import { route } from "@/lib/platform/http/handler";
import { createClassEndpoint } from "@/lib/classes/endpoints/create-class";

export const dynamic = "force-dynamic";

/** A teacher creates a group (a class): its join code for students and a key to manage it. */
export const POST = route(createClassEndpoint);
