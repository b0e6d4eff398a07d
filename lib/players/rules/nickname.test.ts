import { describe, expect, it } from "vitest";
import { checkNickname } from "./nickname";

describe("checkNickname", () => {
  it("accepts ordinary names in any script, trimmed and with spaces folded", () => {
    expect(checkNickname("  Anna  ")).toEqual({ ok: true, nickname: "Anna" });
    expect(checkNickname("Jürgen   Ö.")).toEqual({ ok: true, nickname: "Jürgen Ö." });
    expect(checkNickname("Zoë-Marie_07")).toMatchObject({ ok: true });
    expect(checkNickname("Мария")).toMatchObject({ ok: true });
    expect(checkNickname("李明")).toMatchObject({ ok: true });
    expect(checkNickname("Assad-Fan?")).toMatchObject({ ok: true });
    expect(checkNickname("Scunthorpe")).toMatchObject({ ok: true });
    expect(checkNickname("Klasse 9b")).toMatchObject({ ok: true });
  });

  it("refuses names too short, too long or with other characters", () => {
    expect(checkNickname(" a ")).toEqual({ ok: false, problem: "too_short" });
    expect(checkNickname("x".repeat(25))).toEqual({ ok: false, problem: "too_long" });
    expect(checkNickname("x".repeat(24))).toMatchObject({ ok: true });
    expect(checkNickname("<script>")).toEqual({ ok: false, problem: "characters" });
    expect(checkNickname("Anna😀")).toEqual({ ok: false, problem: "characters" });
  });

  it.each(["Arschloch", "fuck", "Hurensohn", "Wichser", "A.r.s.c.h.l.o.c.h", "F u c k", "sh1t", "Heil Hitler", "Scheiße"])(
    "refuses the offensive %s",
    (name) => {
      expect(checkNickname(name)).toEqual({ ok: false, problem: "offensive" });
    },
  );

  it.each(["Admin", "ADMIN", "Lehrer", "Lehr-kraft", "Adm1n", "System"])(
    "refuses %s, which poses as someone in charge",
    (name) => {
      expect(checkNickname(name)).toEqual({ ok: false, problem: "reserved" });
    },
  );

  it("accepts names that only contain such a word", () => {
    expect(checkNickname("Modestas")).toMatchObject({ ok: true });
    expect(checkNickname("Hostmann")).toMatchObject({ ok: true });
    expect(checkNickname("Admiral Kim")).toMatchObject({ ok: true });
  });
});
