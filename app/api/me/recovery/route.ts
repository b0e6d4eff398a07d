import { route } from "@/lib/platform/http/handler";
import { recoveryCodeEndpoint } from "@/lib/players/endpoints/recovery-code";

export const dynamic = "force-dynamic";

/** A new recovery code for moving this player to another device (shown once; an earlier code stops working). */
export const POST = route(recoveryCodeEndpoint);
