// Stored with a unique index; a new code is drawn again on a clash (groups.ts), so the format belongs to the storage.
// Class join codes: short, unambiguous to read aloud (no 0/O, 1/I/L), typed in any case and spacing.
import { randomBytes } from "node:crypto";

const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newJoinCode(): string {
  return [...randomBytes(6)].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join("");
}

export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}
