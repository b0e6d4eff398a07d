import { handler } from "@/lib/platform/http/handler";
import { leaderboardEndpoint } from "@/lib/leaderboards/endpoints/leaderboard";

export const dynamic = "force-dynamic";

/** A leaderboard (lib/leaderboards/endpoint.ts; the HTTP server usually serves it first). */
export const GET = handler(async (request: Request) => leaderboardEndpoint(request));
