// Who may review: whoever holds the admin secret (ADMIN_SECRET), signed in through the review page. Without a
// configured secret the review page and its API are off. Teachers' accounts will take this over once they exist.
import { appConfig } from "@/lib/platform/config/app";
import { apiError } from "@/lib/platform/http/errors";
import { readCookie } from "@/lib/platform/http/cookies";
import { isReviewToken, REVIEW_COOKIE } from "@/lib/reports/rules/review-token";

export const REVIEW_DISABLED_MESSAGE =
  "the review page is off: set ADMIN_SECRET (at least 16 characters) in the server's environment to turn it on";

export type TReviewAccess = "disabled" | "signed-out" | "signed-in";

export function reviewAccessOf(cookieHeader: string | null): TReviewAccess {
  const secret = appConfig().adminSecret;
  if (!secret) return "disabled";
  return isReviewToken(readCookie(cookieHeader, REVIEW_COOKIE), secret) ? "signed-in" : "signed-out";
}

/** undefined when the request may review, else the response refusing it. */
export function refuseUnlessReviewer(request: Request): Response | undefined {
  const access = reviewAccessOf(request.headers.get("cookie"));
  if (access === "disabled") return apiError(404, "review_disabled", REVIEW_DISABLED_MESSAGE);
  if (access === "signed-out") return apiError(401, "not_signed_in", "sign in on the review page with the admin secret");
  return undefined;
}
