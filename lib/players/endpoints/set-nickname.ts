// /api/me/nickname (PUT): the endpoint its route file serves.
import { readJson } from "@/lib/platform/http/body";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { applyNickname } from "@/lib/players/endpoints/apply-nickname";
import { ensurePlayerWithin } from "@/lib/players/endpoints/session";
import { ZNicknameInput } from "@/lib/players/schemas";

/** Sets the nickname shown on leaderboards; a refused one is never stored. */
export async function setNicknameEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZNicknameInput);
  if (!parsed.ok) return parsed.response;
  const ensured = await ensurePlayerWithin(request);
  if (!ensured.ok) return ensured.response;
  const player = ensured.player;
  const limited = await rateLimit("write", { player: player.id, address: clientAddress(request) });
  if (limited) return limited;
  const named = await applyNickname(player, parsed.data.nickname);
  if (!named.ok) return named.response;
  return Response.json({ player: named.player });
}
