// The app's cookies as plain Set-Cookie headers, for endpoints that answer with a web Response (the HTTP server's
// fast path, and Next.js route handlers that return the same Response): whether they are Secure (COOKIE_SECURE,
// else the request's X-Forwarded-Proto), their attributes, and the header itself. Code that sets cookies through
// next/headers takes the same attributes from cookieAttributes.
import { appConfig } from "@/lib/platform/config/app";

/** Secure when COOKIE_SECURE=1, never with 0, else when the request came over HTTPS (its first X-Forwarded-Proto). */
export function isSecureProto(forwardedProto: string | null): boolean {
  const { cookieSecure } = appConfig();
  if (cookieSecure !== "auto") return cookieSecure === "always";
  return (forwardedProto ?? "").split(",")[0]?.trim().toLowerCase() === "https";
}

export type TCookieAttributes = { httpOnly: true; sameSite: "lax" | "strict"; path: "/"; maxAge: number; secure: boolean };

/** httpOnly, for the whole site; SameSite=Lax unless said otherwise. The shape next/headers' cookies().set takes. */
export function cookieAttributes(secure: boolean, maxAgeSeconds: number, sameSite: "lax" | "strict" = "lax"): TCookieAttributes {
  return { httpOnly: true, sameSite, path: "/", maxAge: maxAgeSeconds, secure };
}

/** A Set-Cookie header value for the request's site; maxAge 0 deletes the cookie. */
export function setCookieHeader(
  request: Request,
  name: string,
  value: string,
  maxAgeSeconds: number,
  sameSite: "lax" | "strict" = "lax",
): string {
  const { maxAge, secure } = cookieAttributes(isSecureProto(request.headers.get("x-forwarded-proto")), maxAgeSeconds, sameSite);
  const same = sameSite === "strict" ? "Strict" : "Lax";
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=${same}${secure ? "; Secure" : ""}`;
}

/** An httpOnly, SameSite=Strict cookie for the request's site; maxAge 0 deletes it. */
export function strictCookie(request: Request, name: string, value: string, maxAgeSeconds: number): string {
  return setCookieHeader(request, name, value, maxAgeSeconds, "strict");
}
