import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { handler } from "@/lib/platform/http/handler";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { joinByPin } from "@/lib/games/use-cases/join-game";
import { ZJoinGame } from "@/lib/games/schemas";

export const dynamic = "force-dynamic";

/** A player joins by PIN and nickname (or comes back, when this browser already plays in the game). */
export const POST = handler(async (request: Request) => {
  const parsed = await readJson(request, ZJoinGame);
  if (!parsed.ok) return parsed.response;
  const limited = await rateLimit("join", { address: clientAddress(request) });
  if (limited) return limited;
  const result = await joinByPin(parsed.data.pin, parsed.data.nickname);
  if (!result.ok) {
    const { status, code, message, field } = result.error;
    return apiError(status, code, message, field ? [{ field, message }] : undefined);
  }
  const { game, player, rejoined } = result.joined;
  return Response.json(
    { gameId: game.id, mode: game.mode, player, rejoined },
    { status: rejoined ? 200 : 201, headers: { "Cache-Control": "no-store" } },
  );
});
