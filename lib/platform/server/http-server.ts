import { createServer, type Server } from "node:http";
import next from "next";
import { appConfig } from "@/lib/platform/config/app";
import { CLIENT_IP_HEADER } from "@/lib/platform/http/rate-limit";
import { setBaselineHeaders } from "@/lib/platform/http/security-headers";
import { serveFastRoute, type TFastRoute } from "./fast-routes";
import { screenRequest } from "./request-guards";
import { serverTimeouts } from "./timeouts";

// How many connections may wait to be accepted: a class of thousands arriving at once. Node's default of 511
// overflowed at ~2,300 players joining while the server was busy, and the kernel reset the connections beyond it.
// Linux caps it at net.core.somaxconn (4096 on current kernels).
export const LISTEN_BACKLOG = 4096;

export type TRunningServer = { server: Server; url: string; close: () => Promise<void> };

/** Serves the Next.js app (production build unless `dev`) on host:port. */
export async function startHttpServer(options: {
  cwd: string;
  host: string;
  port: number;
  dev?: boolean;
  /** Endpoints served ahead of Next.js. */
  fastRoutes?: readonly TFastRoute[];
}): Promise<TRunningServer> {
  const app = next({ dev: options.dev ?? false, dir: options.cwd, hostname: options.host, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const { trustProxy } = appConfig();
  const server = createServer(serverTimeouts(), (req, res) => {
    // Rate limits key on this header; a client cannot set it. Behind a reverse proxy (TRUST_PROXY=1) the first
    // X-Forwarded-For address is the client's.
    const forwarded = trustProxy
      ? String(req.headers["x-forwarded-for"] ?? "")
          .split(",")[0]
          ?.trim()
      : "";
    req.headers[CLIENT_IP_HEADER] = forwarded || req.socket.remoteAddress || "unknown";
    setBaselineHeaders(res);
    if (screenRequest(req, res) || serveFastRoute(options.fastRoutes ?? [], req, res)) return;
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: options.port, host: options.host, backlog: LISTEN_BACKLOG }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const shownHost = options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host;
  return {
    server,
    url: `http://${shownHost}:${options.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        void app.close();
      }),
  };
}
