import { describe, expect, it } from "vitest";
import { DEFAULT_TIME_ZONE, resolveAppConfig } from "./app";
import { ConfigError } from "./errors";

describe("resolveAppConfig", () => {
  it("has defaults for every setting", () => {
    expect(resolveAppConfig({})).toEqual({
      publicUrl: null,
      cookieSecure: "auto",
      trustProxy: false,
      rateLimitScale: 1,
      timeZone: DEFAULT_TIME_ZONE,
      requestTimeoutSeconds: 30,
      adminSecret: null,
      joinQueueLimit: 200,
    });
  });

  it("reads every setting", () => {
    expect(
      resolveAppConfig({
        PUBLIC_URL: "https://quiz.school.example/",
        COOKIE_SECURE: "1",
        TRUST_PROXY: "1",
        RATE_LIMIT_SCALE: "2.5",
        APP_TIME_ZONE: "America/New_York",
        REQUEST_TIMEOUT_SECONDS: "12",
        ADMIN_SECRET: "a-long-enough-review-secret",
        JOIN_QUEUE_LIMIT: "50",
      }),
    ).toEqual({
      publicUrl: "https://quiz.school.example",
      cookieSecure: "always",
      trustProxy: true,
      rateLimitScale: 2.5,
      timeZone: "America/New_York",
      requestTimeoutSeconds: 12,
      adminSecret: "a-long-enough-review-secret",
      joinQueueLimit: 50,
    });
    expect(resolveAppConfig({ COOKIE_SECURE: "0" }).cookieSecure).toBe("never");
  });

  it.each([
    ["PUBLIC_URL", "quiz.school.example", /^PUBLIC_URL: expected an http:\/\/ or https:\/\/ address/],
    ["PUBLIC_URL", "ftp://quiz.example", /^PUBLIC_URL: /],
    ["COOKIE_SECURE", "yes", /^COOKIE_SECURE: expected 1 or 0/],
    ["TRUST_PROXY", "on", /^TRUST_PROXY: expected 1 or 0/],
    ["RATE_LIMIT_SCALE", "abc", /^RATE_LIMIT_SCALE: expected a number above 0/],
    ["RATE_LIMIT_SCALE", "0", /^RATE_LIMIT_SCALE: /],
    ["RATE_LIMIT_SCALE", "-2", /^RATE_LIMIT_SCALE: /],
    ["APP_TIME_ZONE", "Mars/Olympus", /^APP_TIME_ZONE: expected an IANA time zone/],
    ["REQUEST_TIMEOUT_SECONDS", "0", /^REQUEST_TIMEOUT_SECONDS: expected a whole number of seconds/],
    ["JOIN_QUEUE_LIMIT", "lots", /^JOIN_QUEUE_LIMIT: expected a whole number/],
    ["ADMIN_SECRET", "short", /^ADMIN_SECRET: expected at least 16 characters/],
  ])("refuses %s=%s with one line naming it", (name, value, message) => {
    expect(() => resolveAppConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => resolveAppConfig({ [name]: value })).toThrow(message);
  });
});
