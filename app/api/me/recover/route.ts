import { getDb } from "@/lib/db/client";
import { recoverPlayer } from "@/lib/db/players";
import { readJson } from "@/lib/http/body";
import { apiError } from "@/lib/http/errors";
import { handler } from "@/lib/http/handler";
import { clientAddress, rateLimit } from "@/lib/http/rate-limit";
import { translate } from "@/lib/i18n/messages";
import { getLang } from "@/lib/i18n/server";
import { forgetPlayer } from "@/lib/session/player-cache";
import { setPlayerCookie } from "@/lib/session/player";
import { ZRecoverInput } from "@/lib/validation/players";

export const dynamic = "force-dynamic";

/** Moves a player to this browser with their recovery code. */
export const POST = handler(async (request: Request) => {
  const parsed = await readJson(request, ZRecoverInput);
  if (!parsed.ok) return parsed.response;
  // Guessing codes is throttled per address.
  const limited = await rateLimit("join", { address: clientAddress(request) });
  if (limited) return limited;
  const recovered = await recoverPlayer(getDb(), parsed.data.code);
  if (!recovered) {
    const message = translate(await getLang(), "err.unknownRecoveryCode");
    return apiError(404, "unknown_code", message, [{ field: "code", message }]);
  }
  forgetPlayer(recovered.player.id);
  await setPlayerCookie(recovered.player.id, recovered.secret);
  return Response.json({ player: recovered.player });
});
