import { getDb } from "@/lib/db/client";
import { findGroup } from "@/lib/db/groups";
import { getLeaderboard, GLOBAL_SCOPE, OVERALL_SET } from "@/lib/db/leaderboards";
import { getQuestionBank } from "@/lib/db/question-bank";
import { invalidInput, notFound } from "@/lib/http/errors";
import { handler } from "@/lib/http/handler";
import { currentPlayer } from "@/lib/session/player";
import { ZLeaderboardQuery } from "@/lib/validation/leaderboards";

export const dynamic = "force-dynamic";

/** A leaderboard: ?set=<id>|* &period=all|week|day &group=<id>. Top 100 with ranks, and the viewer's own rank. */
export const GET = handler(async (request: Request) => {
  const query = ZLeaderboardQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return invalidInput(query.error);
  const { set, period, group } = query.data;
  if (set !== OVERALL_SET && !(await getQuestionBank()).sets.some((candidate) => candidate.id === set)) return notFound(`set "${set}"`);
  if (group && !(await findGroup(getDb(), group))) return notFound(`group "${group}"`);
  const player = await currentPlayer();
  const board = await getLeaderboard(getDb(), { scope: group ?? GLOBAL_SCOPE, setId: set, period }, { playerId: player?.id });
  return Response.json({ leaderboard: board, playerId: player?.id ?? null }, { headers: { "Cache-Control": "no-store" } });
});
