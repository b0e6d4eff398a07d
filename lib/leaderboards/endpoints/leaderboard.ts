// The leaderboard endpoint as a plain function of a web Request: served by the HTTP server ahead of Next.js
// (lib/platform/server/fast-routes.ts) and by the Next.js route handler alike.
import { getDb } from "@/lib/platform/db/client";
import { findGroup } from "@/lib/classes/queries/groups";
import { GLOBAL_SCOPE, OVERALL_SET } from "@/lib/leaderboards/types";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { invalidInput, notFound } from "@/lib/platform/http/errors";
import { playerFromRequest } from "@/lib/players/endpoints/request-player";
import { ZLeaderboardQuery } from "@/lib/leaderboards/schemas";
import { leaderboardJson } from "@/lib/leaderboards/use-cases/get-leaderboard";

/**
 * A leaderboard: ?set=<id>|* &period=all|week|day &group=<id> &top=0..100. The best (100 unless `top` says
 * fewer) with ranks, and the viewer's own rank with neighbours.
 */
export async function leaderboardEndpoint(request: Request): Promise<Response> {
  const query = ZLeaderboardQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return invalidInput(query.error);
  const { set, period, group, top } = query.data;
  if (set !== OVERALL_SET && !(await getQuestionBank()).sets.some((candidate) => candidate.id === set))
    return notFound(`set "${set}"`);
  if (group && !(await findGroup(getDb(), group))) return notFound(`group "${group}"`);
  const player = await playerFromRequest(request);
  const body = await leaderboardJson(
    getDb(),
    { scope: group ?? GLOBAL_SCOPE, setId: set, period },
    { playerId: player?.id, limit: top },
  );
  return new Response(body, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}
