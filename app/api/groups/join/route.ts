import { route } from "@/lib/platform/http/handler";
import { joinClassEndpoint } from "@/lib/classes/endpoints/join-class";

export const dynamic = "force-dynamic";

/** A player joins a group with its code (and picks a nickname if they have none yet). */
export const POST = route(joinClassEndpoint);
