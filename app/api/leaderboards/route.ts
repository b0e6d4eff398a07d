import { handler } from "@/lib/http/handler";
import { leaderboardEndpoint } from "@/lib/leaderboards/endpoint";

export const dynamic = "force-dynamic";

/** A leaderboard (lib/leaderboards/endpoint.ts; the HTTP server usually serves it first). */
export const GET = handler(async (request: Request) => leaderboardEndpoint(request));
