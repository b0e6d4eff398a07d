// Signing in to and out of the review page. Only wrong secrets count against the address's limit: after ten
// wrong guesses in ten minutes the address waits, and a reviewer who types it right the first time never does.
import { appConfig } from "@/lib/platform/config/app";
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress, guessLimit } from "@/lib/platform/http/rate-limit";
import { strictCookie } from "@/lib/platform/http/set-cookie";
import { ZReviewSignIn } from "@/lib/reports/schemas";
import { REVIEW_COOKIE, REVIEW_SESSION_SECONDS, reviewToken, sameSecret } from "@/lib/reports/rules/review-token";
import { REVIEW_DISABLED_MESSAGE } from "./review-access";

export async function reviewSignInEndpoint(request: Request): Promise<Response> {
  const secret = appConfig().adminSecret;
  if (!secret) return apiError(404, "review_disabled", REVIEW_DISABLED_MESSAGE);
  const guess = await guessLimit("reviewSignIn", clientAddress(request));
  if (guess.refused) return guess.refused;
  const parsed = await readJson(request, ZReviewSignIn);
  if (!parsed.ok) return parsed.response;
  if (!sameSecret(parsed.data.secret, secret)) {
    await guess.failed();
    return apiError(401, "wrong_secret", "this is not the admin secret", [{ field: "secret", message: "wrong secret" }]);
  }
  return Response.json(
    { signedIn: true },
    {
      headers: {
        "Cache-Control": "no-store",
        "Set-Cookie": strictCookie(request, REVIEW_COOKIE, reviewToken(secret), REVIEW_SESSION_SECONDS),
      },
    },
  );
}

export async function reviewSignOutEndpoint(request: Request): Promise<Response> {
  return Response.json(
    { signedIn: false },
    { headers: { "Cache-Control": "no-store", "Set-Cookie": strictCookie(request, REVIEW_COOKIE, "", 0) } },
  );
}
