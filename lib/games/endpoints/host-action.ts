// /api/games/[id]/actions (POST): the endpoint its route file serves.
import { getDbHandle } from "@/lib/platform/db/client";
import { readJson } from "@/lib/platform/http/body";
import { apiError, notFound } from "@/lib/platform/http/errors";
import { kickPlayer, performHostAction } from "@/lib/games/use-cases/steps";
import { loadGameAsHost } from "@/lib/games/endpoints/session";
import { ZHostAction } from "@/lib/games/schemas";

/** Host controls: start, next, skip, pause, resume, end, lock, unlock, kick. Only the host's browser: 403 otherwise. */
export async function hostActionEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadGameAsHost(request, id);
  if (!loaded.ok) return loaded.response;
  const parsed = await readJson(request, ZHostAction);
  if (!parsed.ok) return parsed.response;
  const input = parsed.data;
  if (input.action === "kick") {
    if (!(await kickPlayer(getDbHandle(), loaded.game.id, input.playerId)))
      return notFound(`player "${input.playerId}" in this game`);
    return Response.json({ kicked: input.playerId }, { headers: { "Cache-Control": "no-store" } });
  }
  const result = await performHostAction(getDbHandle(), loaded.game, input.action);
  if (!result.ok) return apiError(result.status, result.code, result.message);
  return Response.json({ state: result.state }, { headers: { "Cache-Control": "no-store" } });
}
