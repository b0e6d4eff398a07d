import { readJson } from "@/lib/platform/http/body";
import { handler } from "@/lib/platform/http/handler";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { applyNickname } from "@/lib/players/endpoints/apply-nickname";
import { ensurePlayer } from "@/lib/players/endpoints/session";
import { ZNicknameInput } from "@/lib/players/schemas";

export const dynamic = "force-dynamic";

/** Sets the nickname shown on leaderboards; a refused one is never stored. */
export const PUT = handler(async (request: Request) => {
  const parsed = await readJson(request, ZNicknameInput);
  if (!parsed.ok) return parsed.response;
  const player = await ensurePlayer();
  const limited = await rateLimit("write", { player: player.id, address: clientAddress(request) });
  if (limited) return limited;
  const named = await applyNickname(player, parsed.data.nickname);
  if (!named.ok) return named.response;
  return Response.json({ player: named.player });
});
