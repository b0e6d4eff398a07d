// Handing a running game to another device ("Auf anderem Gerät steuern"): a one-time code, valid a few minutes,
// that the projector PC types (or scans) to get a host key of its own for this one game, without signing in.
import { randomBytes } from "node:crypto";
import { hashSecret, newSecret } from "@/lib/platform/crypto/identity";
import type { TDb } from "@/lib/platform/db/client";

export const HANDOVER_MINUTES = 5;
// No 0/O, 1/I/L: read off a screen and typed on another.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** "K7QM-3WXP": 8 characters, about 40 bits; guesses are limited per address. */
export function newHandoverCode(): string {
  const chars = [...randomBytes(8)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** The code as typed (any case, spaces, with or without the dash), or undefined when it cannot be one. */
export function normalizeHandoverCode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  return new RegExp(`^[${ALPHABET}]{8}$`).test(compact) ? `${compact.slice(0, 4)}-${compact.slice(4)}` : undefined;
}

export async function createHandover(db: TDb, gameId: string, now = new Date()): Promise<{ code: string; expiresAt: Date }> {
  const code = newHandoverCode();
  const expiresAt = new Date(now.getTime() + HANDOVER_MINUTES * 60_000);
  await db.gameHandover.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.gameHandover.create({ data: { codeHash: hashSecret(code), gameId, expiresAt } });
  return { code, expiresAt };
}

export type TRedeemed = { ok: true; gameId: string; hostKey: string } | { ok: false; reason: "unknown" | "expired" | "used" };

/** Uses the code once: the device gets a host key for the game (only its hash is kept). */
export async function redeemHandover(db: TDb, code: string, now = new Date()): Promise<TRedeemed> {
  const codeHash = hashSecret(code);
  const found = await db.gameHandover.findUnique({ where: { codeHash } });
  if (!found) return { ok: false, reason: "unknown" };
  if (found.usedAt) return { ok: false, reason: "used" };
  if (found.expiresAt <= now) return { ok: false, reason: "expired" };
  const hostKey = newSecret();
  const used = await db.$transaction(async (tx) => {
    // Guarded: of two devices typing the same code at once, one gets the game.
    const { count } = await tx.gameHandover.updateMany({ where: { codeHash, usedAt: null }, data: { usedAt: now } });
    if (count !== 1) return false;
    await tx.gameHostDevice.create({ data: { keyHash: hashSecret(hostKey), gameId: found.gameId } });
    return true;
  });
  return used ? { ok: true, gameId: found.gameId, hostKey } : { ok: false, reason: "used" };
}

/** Whether one of the keys belongs to a device the game was handed to. */
export async function isHostDevice(db: TDb, gameId: string, keys: string[]): Promise<boolean> {
  if (!keys.length) return false;
  const found = await db.gameHostDevice.count({ where: { gameId, keyHash: { in: keys.map(hashSecret) } } });
  return found > 0;
}
