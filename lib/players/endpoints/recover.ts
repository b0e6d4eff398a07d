// /api/me/recover (POST): the endpoint its route file serves.
import { getDb } from "@/lib/platform/db/client";
import { recoverPlayer } from "@/lib/players/queries/players";
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress, guessLimit } from "@/lib/platform/http/rate-limit";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { forgetPlayer } from "@/lib/players/use-cases/player-cache";
import { setPlayerCookie } from "@/lib/players/endpoints/session";
import { ZRecoverInput } from "@/lib/players/schemas";

/** Moves a player to this browser with their recovery code. */
export async function recoverEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZRecoverInput);
  if (!parsed.ok) return parsed.response;
  // Guessing codes is throttled per address; only wrong codes count.
  const guess = await guessLimit("recover", clientAddress(request));
  if (guess.refused) return guess.refused;
  const recovered = await recoverPlayer(getDb(), parsed.data.code);
  if (!recovered) {
    await guess.failed();
    const message = translate(await getLang(), "err.unknownRecoveryCode");
    return apiError(404, "unknown_code", message, [{ field: "code", message }]);
  }
  forgetPlayer(recovered.player.id);
  await setPlayerCookie(recovered.player.id, recovered.secret);
  return Response.json({ player: recovered.player });
}
