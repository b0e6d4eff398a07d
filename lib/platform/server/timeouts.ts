// How long a client may take to send a request. Without a limit (requestTimeout = 0, as before) a client that
// sent half a body held its socket for as long as it liked: 2,000 such sockets stayed open for minutes. Event
// streams are not cut: Node's request timeout ends once the request itself (headers and body) has arrived, and a
// stream is a bodyless GET that arrives at once; the response may then last as long as the game.
import type { ServerOptions } from "node:http";
import { appConfig } from "@/lib/platform/config/app";

/** Node's limits for this server; REQUEST_TIMEOUT_SECONDS (checked with every setting at start) sets the first. */
export function serverTimeouts(seconds: number = appConfig().requestTimeoutSeconds): ServerOptions {
  const requestMs = seconds * 1000;
  return {
    requestTimeout: requestMs,
    headersTimeout: requestMs,
    // How often Node looks for requests past their time (its default, 30 s, would let them overstay by that).
    connectionsCheckingInterval: Math.min(5_000, Math.ceil(requestMs / 2)),
    // Longer than a load balancer's idle timeout (60 s on most), so the balancer closes first.
    keepAliveTimeout: 65_000,
  };
}
