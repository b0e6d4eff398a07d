import { ConfigError } from "./errors";

export type TServerConfig = { port: number; host: string };

export const DEFAULT_PORT = 3000;
// All interfaces by default: in a classroom the students' phones reach the host's machine over the LAN.
export const DEFAULT_HOST = "0.0.0.0";

/** Reads PORT and HOST; a PORT that is not a whole number from 1 to 65535 is a ConfigError. */
export function resolveServerConfig(env: Record<string, string | undefined>): TServerConfig {
  const rawPort = env.PORT?.trim();
  let port = DEFAULT_PORT;
  if (rawPort) {
    if (!/^\d+$/.test(rawPort) || Number(rawPort) < 1 || Number(rawPort) > 65_535) {
      throw new ConfigError(`PORT: expected a whole number from 1 to 65535, got "${rawPort}".`);
    }
    port = Number(rawPort);
  }
  const host = env.HOST?.trim() || DEFAULT_HOST;
  if (/\s|\/|^:\d+$/.test(host)) {
    throw new ConfigError(`HOST: expected a host name or IP address such as 127.0.0.1, got "${host}".`);
  }
  return { port, host };
}
