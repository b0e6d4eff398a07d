// A teacher's own games after the fact: delete one (its report with it), or start it again with the same
// settings (a new PIN, questions drawn afresh).
import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { gameSettings } from "@/lib/games/queries/games";
import { createGameFromOrder } from "@/lib/games/use-cases/create-game";
import type { TGameMode } from "@/lib/games/types";
import { rebuildBoardsForPlayers } from "@/lib/leaderboards/use-cases/rebuild-boards";
import { browserHostKey, loadGameAsHost } from "./session";
import { createdResponse } from "./create-game";

/**
 * DELETE /api/games/<id>: a game that is over (or never began) and its report. Points it put on a class's board
 * leave with it (its players' rows are rebuilt from what remains).
 */
export async function deleteGameEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadGameAsHost(request, id);
  if (!loaded.ok) return loaded.response;
  const { game } = loaded;
  const running = game.mode === "live" ? !["lobby", "ended"].includes(game.status) : game.status !== "ended";
  if (running) return apiError(409, "game_running", "end the game first, then delete it");
  const handle = getDbHandle();
  const posted = game.postedAt
    ? (
        await handle.db.gamePlayer.findMany({ where: { gameId: game.id, playerId: { not: null } }, select: { playerId: true } })
      ).map((row) => row.playerId!)
    : [];
  await handle.db.game.delete({ where: { id: game.id } });
  await rebuildBoardsForPlayers(handle, posted);
  return Response.json({ deleted: true }, { headers: { "Cache-Control": "no-store" } });
}

/** POST /api/games/<id>/again: the same set, settings and class in a new game (an assignment gets as long again). */
export async function againEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadGameAsHost(request, id);
  if (!loaded.ok) return loaded.response;
  const limited = await rateLimit("write", { address: clientAddress(request) });
  if (limited) return limited;
  const { game } = loaded;
  const settings = gameSettings(game);
  const deadline = game.deadline
    ? new Date(Date.now() + Math.max(game.deadline.getTime() - game.createdAt.getTime(), 3_600_000))
    : null;
  return createdResponse(
    await createGameFromOrder(
      getDb(),
      { mode: game.mode as TGameMode, setId: game.setId, settings, groupId: game.groupId, ownerId: game.ownerId, deadline },
      await browserHostKey(),
    ),
  );
}
