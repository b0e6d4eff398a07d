import { describe, expect, it } from "vitest";
import { accountEmail, loginKey, parseLogin } from "./login";

describe("parseLogin", () => {
  it("takes a user name in any case as one account, and an e-mail address as another kind", () => {
    const upper = parseLogin(" Frau.Berger ");
    const lower = parseLogin("frau.berger");
    expect(upper).toEqual({ ok: true, login: { kind: "username", username: "frau.berger" } });
    expect(upper.ok && lower.ok && loginKey(upper.login) === loginKey(lower.login)).toBe(true);
    const mail = parseLogin("Kaya@Schule.example");
    expect(mail).toEqual({ ok: true, login: { kind: "email", email: "kaya@schule.example" } });
  });

  it("gives a user name an address no mail can reach, and refuses to sign in as one", () => {
    const parsed = parseLogin("lenz");
    expect(parsed.ok && accountEmail(parsed.login)).toBe("lenz@teacher.invalid");
    expect(parseLogin("lenz@teacher.invalid").ok).toBe(false);
  });

  it("refuses what is neither", () => {
    for (const bad of ["ab", "frau berger", "x".repeat(31), "a@b", "ö-umlaut"]) expect(parseLogin(bad).ok, bad).toBe(false);
  });
});
