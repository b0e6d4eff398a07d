// A player's identity without a password: an id and a secret in an httpOnly cookie (only the secret's hash is
// stored), and a recovery code to move to another device.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";

export const PLAYER_COOKIE = "quiz_player";
export const PLAYER_COOKIE_MAX_AGE = 60 * 60 * 24 * 400;

export function newPlayerId(): string {
  return randomUUID();
}

export function newSecret(): string {
  return randomBytes(24).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function secretMatches(secret: string, hash: string): boolean {
  const given = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(hash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function formatPlayerCookie(playerId: string, secret: string): string {
  return `${playerId}.${secret}`;
}

export function parsePlayerCookie(value: string | undefined): { playerId: string; secret: string } | undefined {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,64})$/.exec(value ?? "");
  return match ? { playerId: match[1]!, secret: match[2]! } : undefined;
}

// No 0/O, 1/I/L: easy to read aloud and to type on a phone.
const RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** "K7QM-3WXP-9TRA-HB4C": 16 characters, about 79 bits. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]);
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join("")).join("-");
}

/** The code as typed (any case, spaces or dashes) in its canonical form, or undefined. */
export function normalizeRecoveryCode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  if (!new RegExp(`^[${RECOVERY_ALPHABET}]{16}$`).test(compact)) return undefined;
  return compact.match(/.{4}/g)!.join("-");
}
