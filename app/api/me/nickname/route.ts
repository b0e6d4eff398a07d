import { readJson } from "@/lib/http/body";
import { handler } from "@/lib/http/handler";
import { clientAddress, rateLimit } from "@/lib/http/rate-limit";
import { applyNickname } from "@/lib/session/nickname";
import { ensurePlayer } from "@/lib/session/player";
import { ZNicknameInput } from "@/lib/validation/players";

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
