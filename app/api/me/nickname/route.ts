import { route } from "@/lib/platform/http/handler";
import { setNicknameEndpoint } from "@/lib/players/endpoints/set-nickname";

export const dynamic = "force-dynamic";

/** Sets the nickname shown on leaderboards; a refused one is never stored. */
export const PUT = route(setNicknameEndpoint);
