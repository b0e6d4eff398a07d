import { describe, expect, it } from "vitest";
import { ConfigError } from "./errors";
import { DEFAULT_HOST, DEFAULT_PORT, resolveServerConfig } from "./server";

describe("resolveServerConfig", () => {
  it("defaults to port 3000 on all interfaces", () => {
    expect(resolveServerConfig({})).toEqual({ port: DEFAULT_PORT, host: DEFAULT_HOST });
    expect(DEFAULT_PORT).toBe(3000);
  });

  it("respects PORT and HOST", () => {
    expect(resolveServerConfig({ PORT: "8080", HOST: "127.0.0.1" })).toEqual({ port: 8080, host: "127.0.0.1" });
  });

  it.each(["abc", "80a", "0", "65536", "-1", "3.5"])("refuses PORT=%s", (port) => {
    expect(() => resolveServerConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => resolveServerConfig({ PORT: port })).toThrow(/^PORT: expected a whole number from 1 to 65535/);
  });

  it("refuses a HOST that is not a host", () => {
    expect(() => resolveServerConfig({ HOST: "http://x/" })).toThrow(/^HOST: /);
  });
});
