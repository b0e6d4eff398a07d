// Cookies set by endpoints that run outside Next.js's request context (a plain web Response): whether they are
// Secure (COOKIE_SECURE, else the request's X-Forwarded-Proto) and the Set-Cookie header itself.
import { appConfig } from "@/lib/platform/config/app";

/** Secure when COOKIE_SECURE=1, never with 0, else when the request came over HTTPS (its first X-Forwarded-Proto). */
export function isSecureProto(forwardedProto: string | null): boolean {
  const { cookieSecure } = appConfig();
  if (cookieSecure !== "auto") return cookieSecure === "always";
  return (forwardedProto ?? "").split(",")[0]?.trim().toLowerCase() === "https";
}

/** An httpOnly, SameSite=Strict cookie for the request's site; maxAge 0 deletes it. */
export function strictCookie(request: Request, name: string, value: string, maxAgeSeconds: number): string {
  const secure = isSecureProto(request.headers.get("x-forwarded-proto"));
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}
