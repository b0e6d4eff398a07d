// better-auth's answers turned into ours: its Set-Cookie headers passed on (Secure added where the request came
// over HTTPS: the auth itself never sets it, so plain http on a school's LAN works), its errors as our JSON.
import { isAPIError } from "better-auth/api";
import { isSecureProto } from "@/lib/platform/http/set-cookie";

/** Our response with the cookies better-auth set. */
export function withAuthCookies(request: Request, authHeaders: Headers | undefined, body: unknown, status = 200): Response {
  const headers = new Headers({ "Cache-Control": "no-store", "Content-Type": "application/json" });
  const secure = isSecureProto(request.headers.get("x-forwarded-proto"));
  for (const cookie of authHeaders?.getSetCookie() ?? []) {
    headers.append("Set-Cookie", secure && !/;\s*secure/i.test(cookie) ? `${cookie}; Secure` : cookie);
  }
  return new Response(JSON.stringify(body), { status, headers });
}

/** better-auth's error code (e.g. "USERNAME_IS_ALREADY_TAKEN"), or undefined for anything else. */
export function authErrorCode(error: unknown): string | undefined {
  if (!isAPIError(error)) return undefined;
  const body = error.body as { code?: string } | undefined;
  return body?.code ?? error.message;
}
