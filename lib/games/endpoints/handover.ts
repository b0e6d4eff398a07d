// "Auf anderem Gerät steuern": the host shows a one-time code (and its QR code); the projector PC redeems it at
// /host/connect and controls the game from then on, without signing in.
import { getDb } from "@/lib/platform/db/client";
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress, guessLimit } from "@/lib/platform/http/rate-limit";
import { isSecureProto } from "@/lib/platform/http/set-cookie";
import { createHandover, normalizeHandoverCode, redeemHandover } from "@/lib/games/queries/handover";
import { appLink } from "./join-url";
import { hostCookieName, loadGameAsHost } from "./session";
import { ZRedeemHandover } from "@/lib/games/schemas";

const DEVICE_COOKIE_SECONDS = 60 * 60 * 24;

/** POST /api/games/<id>/handover: a fresh one-time code for the game (its host only). */
export async function createHandoverEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadGameAsHost(request, id);
  if (!loaded.ok) return loaded.response;
  if (loaded.game.status === "ended") return apiError(409, "game_ended", "this game has ended; there is nothing to hand over");
  const { code, expiresAt } = await createHandover(getDb(), loaded.game.id);
  const link = await appLink(`/host/connect?code=${code}`, "/host/connect");
  return Response.json(
    { code, expiresAt: expiresAt.toISOString(), ...link },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
}

const REFUSALS = {
  unknown: [404, "unknown_handover_code", "no game has this code: check it, or show a new one on the other device"],
  expired: [410, "handover_expired", "this code has expired: show a new one with “Auf anderem Gerät steuern”"],
  used: [410, "handover_used", "this code was already used: show a new one with “Auf anderem Gerät steuern”"],
} as const;

/** POST /api/games/handover {code}: this device becomes a host of the code's game (a cookie for that game). */
export async function redeemHandoverEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZRedeemHandover);
  if (!parsed.ok) return parsed.response;
  const code = normalizeHandoverCode(parsed.data.code);
  if (!code)
    return apiError(400, "invalid_handover_code", "a code has 8 letters and digits, like K7QM-3WXP", [
      { field: "code", message: "8 letters and digits" },
    ]);
  const guess = await guessLimit("handover", clientAddress(request));
  if (guess.refused) return guess.refused;
  const redeemed = await redeemHandover(getDb(), code);
  if (!redeemed.ok) {
    if (redeemed.reason === "unknown") await guess.failed();
    const [status, errorCode, message] = REFUSALS[redeemed.reason];
    return apiError(status, errorCode, message, [{ field: "code", message }]);
  }
  const secure = isSecureProto(request.headers.get("x-forwarded-proto"));
  const cookie = `${hostCookieName(redeemed.gameId)}=${redeemed.hostKey}; Path=/; Max-Age=${DEVICE_COOKIE_SECONDS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
  return Response.json({ gameId: redeemed.gameId }, { headers: { "Cache-Control": "no-store", "Set-Cookie": cookie } });
}
