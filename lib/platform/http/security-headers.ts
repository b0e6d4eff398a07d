// Security headers. Every response (pages, API, the fast routes): no MIME sniffing, no referrer to other sites,
// never inside a frame. Pages also get a Content-Security-Policy from proxy.ts: scripts only with that response's
// nonce (Next.js puts it on its own inline scripts, read from the request's CSP header), so an injected script
// does not run; nothing loads from other origins.
import type { ServerResponse } from "node:http";

export const BASELINE_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  // Game and class links carry ids; the news sites a question cites need not see them.
  "Referrer-Policy": "same-origin",
  // For browsers without CSP frame-ancestors: the host's screen must not be framed by another site.
  "X-Frame-Options": "DENY",
};

export function setBaselineHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(BASELINE_HEADERS)) res.setHeader(name, value);
}

/**
 * The pages' policy. Styles allow inline ones: React's `style` attributes cannot carry a nonce, and styles
 * cannot run code. No upgrade-insecure-requests: in a classroom the app is often served over plain HTTP on the
 * LAN. `dev` adds what React's development build needs (eval for its stack traces).
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The nonce in a policy made by `contentSecurityPolicy`: what an inline script of ours must carry to run. */
export function nonceOfPolicy(policy: string | null | undefined): string | undefined {
  return policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
}
