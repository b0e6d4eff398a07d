// Requests refused before Next.js sees them, each with an answer that says what is wrong instead of the 500 that
// Next.js gave: a method the app has no use for (TRACE, CONNECT, …) and a path whose percent-encoding is broken.
import type { IncomingMessage, ServerResponse } from "node:http";
import { hasMalformedPercent } from "@/lib/platform/http/percent";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const ALLOW = [...METHODS].join(", ");
/** Next.js's own not-found page (app/not-found.tsx), rendered with status 404. */
export const NOT_FOUND_PATH = "/_not-found";

function json(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers });
  res.end(body);
}

/**
 * true when the request was answered here. A page path with broken percent-encoding is pointed at the not-found
 * page instead (and false returned, so that Next.js renders it).
 */
export function screenRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "/";
  const isApi = url.startsWith("/api/");
  if (!METHODS.has(req.method ?? "")) {
    if (isApi) json(res, 405, "method_not_allowed", `${req.method} is not supported; use ${ALLOW}`, { Allow: ALLOW });
    else {
      res.writeHead(405, { "Content-Type": "text/plain; charset=utf-8", Allow: ALLOW });
      res.end(`${req.method} is not supported.\n`);
    }
    return true;
  }
  if (hasMalformedPercent(url)) {
    if (isApi) {
      json(res, 400, "malformed_url", "the address has a broken percent-encoding (such as %ZZ); write % itself as %25");
      return true;
    }
    req.url = NOT_FOUND_PATH;
  }
  return false;
}
