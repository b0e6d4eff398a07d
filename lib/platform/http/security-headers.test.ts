import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, nonceOfPolicy } from "./security-headers";

describe("the pages' script nonce", () => {
  it("is read back from the policy that carries it", () => {
    const nonce = btoa(crypto.randomUUID());
    expect(nonceOfPolicy(contentSecurityPolicy(nonce))).toBe(nonce);
    expect(nonceOfPolicy(contentSecurityPolicy(nonce, true))).toBe(nonce);
    // Base64 has + / and = padding too.
    expect(nonceOfPolicy(contentSecurityPolicy("a+b/c=="))).toBe("a+b/c==");
  });

  it("is missing where no policy was set (an API route, a test)", () => {
    expect(nonceOfPolicy(null)).toBeUndefined();
    expect(nonceOfPolicy("default-src 'self'")).toBeUndefined();
  });
});
