// Nickname rules, shared by the scores and the live games: 2 to 24 characters after trimming, Unicode letters,
// digits, spaces and a little punctuation, nothing offensive (German and English word lists).
import { Profanity } from "@2toad/profanity";
import type { TLang } from "@/lib/platform/i18n/lang";
import { foldCompatibility, isPlainlyVisible, latinLookalikes, lookalikeKeys } from "./confusables";

export const NICKNAME_MIN = 2;
export const NICKNAME_MAX = 24;

export type TNicknameProblem = "too_short" | "too_long" | "characters" | "offensive" | "reserved";

export const NICKNAME_MESSAGES: Record<TNicknameProblem, Record<TLang, string>> = {
  too_short: { de: "Der Spitzname braucht mindestens 2 Zeichen.", en: "The nickname needs at least 2 characters." },
  too_long: { de: "Der Spitzname darf höchstens 24 Zeichen haben.", en: "The nickname may have at most 24 characters." },
  characters: {
    de: "Erlaubt sind Buchstaben, Ziffern, Leerzeichen und . - _ ' ! ?",
    en: "Use letters, digits, spaces and . - _ ' ! ? only.",
  },
  offensive: {
    de: "Dieser Spitzname ist nicht erlaubt. Bitte wähle einen anderen.",
    en: "This nickname is not allowed. Please choose another.",
  },
  reserved: {
    de: "Dieser Spitzname gibt sich als Lehrkraft oder als die App aus. Bitte wähle einen anderen.",
    en: "This nickname poses as the teacher or the app. Please choose another.",
  },
};

/** Another player's nickname looks the same: nicknames are unique on the boards and in a class. */
export const NICKNAME_TAKEN: Record<TLang, string> = {
  de: "Diesen Spitznamen (oder einen, der genauso aussieht) hat schon jemand. Bitte wähle einen anderen.",
  en: "Someone already has this nickname (or one that looks the same). Please choose another.",
};

/** The HTTP status for a refused nickname: 422 for one refused for what it says, 400 for its form. */
export const nicknameStatus = (problem: TNicknameProblem): number =>
  problem === "offensive" || problem === "reserved" ? 422 : 400;

// Whole names that pose as someone in charge: on a projector they would look like a message from the teacher.
const RESERVED = new Set([
  "admin",
  "administrator",
  "moderator",
  "mod",
  "system",
  "host",
  "teacher",
  "lehrer",
  "lehrerin",
  "lehrkraft",
  "spielleiter",
  "spielleitung",
  "quiz",
]);

const ALLOWED = /^[\p{L}\p{M}\p{N} .\-_'’!?]+$/u;

// The library's German and English lists, plus terms a school must not see on a projector.
const filter = new Profanity({ languages: ["de", "en"], wholeWord: true });
filter.addWords([
  "hurensohn",
  "hitler",
  "heil hitler",
  "sieg heil",
  "kanake",
  "kanacke",
  "neger",
  "nigger",
  "nigga",
  "spast",
  "missgeburt",
  "schwuchtel",
  "faggot",
  "retard",
  "adolf",
  "88",
  "1488",
]);

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };

// Compared by skeleton, so that look-alikes from other scripts match too (lib/players/confusables.ts).
const RESERVED_KEYS = new Set([...RESERVED].flatMap(lookalikeKeys));

/**
 * Readings of a name a filter should see: as written, with look-alikes from other scripts read as Latin letters,
 * with digits read as letters, and with separators removed.
 */
function readings(name: string): string[] {
  const lower = latinLookalikes(name).toLocaleLowerCase("de");
  const unleet = [...lower].map((char) => LEET[char] ?? char).join("");
  const squashed = unleet.replace(/[\s.\-_'’!?]+/g, "");
  return [name.toLocaleLowerCase("de"), lower, unleet, squashed, unleet.replace(/[.\-_'’!?]+/g, " ")];
}

export function isOffensive(name: string): boolean {
  return readings(name).some((reading) => filter.exists(reading));
}

/** Trims, folds inner runs of spaces and normalises the Unicode form (NFKC: fullwidth Ａ is A). */
export function cleanNickname(input: string): string {
  return foldCompatibility(input).trim().replace(/\s+/g, " ");
}

export type TNicknameResult = { ok: true; nickname: string } | { ok: false; problem: TNicknameProblem };

export function checkNickname(input: string): TNicknameResult {
  const nickname = cleanNickname(input);
  const length = [...nickname].length;
  if (length < NICKNAME_MIN) return { ok: false, problem: "too_short" };
  if (length > NICKNAME_MAX) return { ok: false, problem: "too_long" };
  if (!ALLOWED.test(nickname) || !isPlainlyVisible(nickname)) return { ok: false, problem: "characters" };
  if (isOffensive(nickname)) return { ok: false, problem: "offensive" };
  if (readings(nickname).some((reading) => lookalikeKeys(reading.replace(/\s+/g, "")).some((key) => RESERVED_KEYS.has(key)))) {
    return { ok: false, problem: "reserved" };
  }
  return { ok: true, nickname };
}
