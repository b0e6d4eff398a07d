// POST /api/reports: "Frage melden" from any mode. No account needed; counted per player when the request has
// one (app or game cookie), else per address. The answer says only that the report arrived.
import { getDb } from "@/lib/platform/db/client";
import { readJson } from "@/lib/platform/http/body";
import { refused } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { playerFromRequest } from "@/lib/players/endpoints/request-player";
import { gamePlayerFromCookies } from "@/lib/games/endpoints/player-cookie";
import { ZReportInput } from "@/lib/reports/schemas";
import { createReport } from "@/lib/reports/use-cases/create-report";

export async function reportEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZReportInput);
  if (!parsed.ok) return parsed.response;
  const input = parsed.data;
  const address = clientAddress(request);
  const player = await playerFromRequest(request);
  const gamePlayer = "gameId" in input ? gamePlayerFromCookies(request.headers.get("cookie"), input.gameId) : undefined;
  const limited = await rateLimit("report", { player: gamePlayer?.gamePlayerId ?? player?.id, address });
  if (limited) return limited;

  const result = await createReport(getDb(), input, {
    playerId: player?.id,
    gamePlayer: gamePlayer && { id: gamePlayer.gamePlayerId, secret: gamePlayer.secret },
    address,
  });
  if (!result.ok) return refused(result);
  return Response.json(
    { status: "received", merged: result.merged },
    { status: result.merged ? 200 : 201, headers: { "Cache-Control": "no-store" } },
  );
}
