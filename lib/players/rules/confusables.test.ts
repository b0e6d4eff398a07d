// Names that look alike must count as one: letters from other scripts, fullwidth and mathematical letters,
// invisible characters and stacked accents must not get a staff or offensive name past the filters, nor a
// second "Anna" into a game.
import { describe, expect, it } from "vitest";
import { nicknameKey } from "@/lib/players/rules/nickname-key";
import { checkNickname } from "./nickname";

describe("look-alike nicknames", () => {
  it.each([
    ["Аdmin", "Cyrillic А"],
    ["Lеhrer", "Cyrillic е"],
    ["ΑDΜΙΝ", "Greek capitals"],
    ["Ａｄｍｉｎ", "fullwidth letters"],
    ["𝐀𝐝𝐦𝐢𝐧", "mathematical bold letters"],
    ["Ѕуѕtеm", "Cyrillic look-alikes throughout"],
  ])("refuses %s (%s) as posing as someone in charge", (name) => {
    expect(checkNickname(name)).toEqual({ ok: false, problem: "reserved" });
  });

  it.each([
    ["Нurensohn", "Cyrillic Н"],
    ["Аrschloch", "Cyrillic А"],
    ["ｆｕｃｋ", "fullwidth letters"],
  ])("refuses the offensive %s (%s)", (name) => {
    expect(checkNickname(name)).toEqual({ ok: false, problem: "offensive" });
  });

  it.each([
    ["Anna\u200b", "a zero-width space"],
    ["An\u034fna", "a combining grapheme joiner"],
    ["Anna\u17b4", "an invisible Khmer vowel"],
    ["\u3164\u3164", "two Hangul fillers"],
    ["Hi\u115f\u1160", "Hangul jamo fillers"],
    ["Z\u0301\u0302\u0303\u0304a", "stacked combining accents"],
    ["\u0301\u0301", "accents without a letter"],
  ])("refuses %j, which has %s", (name) => {
    expect(checkNickname(name)).toEqual({ ok: false, problem: "characters" });
  });

  it("gives look-alikes of one name the same key in a game, and different names different keys", () => {
    expect(nicknameKey("Аnna")).toBe(nicknameKey("Anna"));
    expect(nicknameKey("Ａｎｎａ")).toBe(nicknameKey("anna"));
    expect(nicknameKey("ΑΝΝΑ")).toBe(nicknameKey("Anna"));
    expect(nicknameKey("Anna")).not.toBe(nicknameKey("Anne"));
  });

  it("still takes ordinary names in other scripts and with accents", () => {
    for (const name of ["Мария", "Αλέξανδρος", "李明", "Nguyễn Thị", "Zoë", "Chloé", "दीक्षित", "Ольга"]) {
      expect(checkNickname(name)).toMatchObject({ ok: true });
    }
  });
});
