// A real reverse proxy in front of several app instances: nginx from the system's packages (Debian: `apt-get
// install -y nginx`), started on loopback with a configuration generated into a temporary folder (never the
// system's service), stopped with the run. The `http` part of the configuration is the one README.md ("Scale
// out") shows for schools to copy.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./processes";

export type TProxy = { url: string; stop: () => Promise<void>; log: () => string };

/** The server blocks a school copies: sticky per player, event streams unbuffered, long read timeouts. */
export function nginxSiteConfig(upstreams: string[], listen: string): string {
  return `
    # Each browser stays on one instance: its game cookie (or a host's key) picks it, so the round trip measured on
    # its stream counts for its answers. Before joining (no cookie yet) any instance will do.
    map $http_cookie $quiz_sticky_cookie {
      "~quiz_game_[0-9a-f-]+=(?<quiz_player>[0-9a-f-]{36})" $quiz_player;
      "~quiz_host=(?<quiz_host>[A-Za-z0-9_-]+)" $quiz_host;
      default "";
    }
    map "$quiz_sticky_cookie$http_authorization" $quiz_sticky {
      "" $request_id;
      default "$quiz_sticky_cookie$http_authorization";
    }
    upstream quiz {
      hash $quiz_sticky consistent;
${upstreams.map((upstream) => `      server ${upstream} max_fails=0;`).join("\n")}
      keepalive 64;
    }
    server {
      listen ${listen} backlog=4096 reuseport;
      client_max_body_size 1m;
      location / {
        proxy_pass http://quiz;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        # Server-Sent Events: every event at once (the app also sends X-Accel-Buffering: no), and a stream stays
        # open for a whole lesson; its heartbeat comes every 20 s.
        proxy_buffering off;
        proxy_cache off;
        proxy_read_timeout 1h;
        proxy_send_timeout 1h;
        # A class joining at once: wait for a busy instance rather than fail over mid-request.
        proxy_connect_timeout 10s;
        proxy_next_upstream off;
      }
    }`;
}

function nginxBinary(): string {
  for (const candidate of ["/usr/sbin/nginx", "nginx"]) {
    if (spawnSync(candidate, ["-v"]).status === 0) return candidate;
  }
  throw new Error("--instances needs nginx as the reverse proxy: install it (Debian: apt-get install -y nginx)");
}

/** nginx on 127.0.0.1 and a free port, spreading requests over `upstreams` (host:port). */
export async function startNginx(upstreams: string[]): Promise<TProxy> {
  const binary = nginxBinary();
  const dir = mkdtempSync(path.join(os.tmpdir(), "quiz-bench-nginx-"));
  const port = await freePort();
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? "user root;\n" : ""}daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
worker_processes 2;
worker_rlimit_nofile 65536;
events { worker_connections 32768; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${nginxSiteConfig(upstreams, `127.0.0.1:${port}`)}
  # The harness only (not for schools): which instance served a response, to count players per instance.
  add_header X-Quiz-Instance $upstream_addr always;
}
`,
  );
  const check = spawnSync(binary, ["-t", "-p", dir, "-c", conf], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx refused the generated configuration:\n${check.stderr}`);
  let log = "";
  const child: ChildProcess = spawn(binary, ["-p", dir, "-c", conf], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${log}`);
    const up = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() - started > 20_000) throw new Error(`nginx did not come up within 20 s:\n${log}`);
  }
  return {
    url,
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once("exit", done);
        // QUIT: a graceful stop; the streams were closed by the scenario already.
        child.kill("SIGQUIT");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
