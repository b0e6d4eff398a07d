// The visitor's language from a plain request's Cookie header: for endpoints that run outside Next.js's request
// context (the HTTP server's fast path). Pages and Next.js-only code use getLang (server.ts), which reads the same cookie.
import { readCookie } from "@/lib/platform/http/cookies";
import { LANG_COOKIE, parseLang, type TLang } from "./lang";

export function requestLang(request: Request): TLang {
  return parseLang(readCookie(request.headers.get("cookie"), LANG_COOKIE));
}
