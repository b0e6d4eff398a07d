// Players: created on first play, known again by the secret in their cookie, moved by a recovery code.
import type { TPlayer } from "@/lib/players/types";
import {
  hashSecret,
  newPlayerId,
  newRecoveryCode,
  newSecret,
  normalizeRecoveryCode,
  secretMatches,
} from "@/lib/platform/crypto/identity";
import type { TDb } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/platform/db/generated/sqlite/client";
import { GroupCommit } from "@/lib/platform/db/group-commit";

function toPlayer(row: { id: string; nickname: string | null; recoveryHash: string | null }): TPlayer {
  return { id: row.id, nickname: row.nickname, hasRecoveryCode: Boolean(row.recoveryHash) };
}

type TPlayerRow = { id: string; nickname: string | null; recoveryHash: string | null; secretHash: string };

// Every request with a cookie not seen lately looks its player up. Lookups arriving together (a class opening
// the leaderboard at once) are read in one query: a plain query costs a third of findUnique's time, and one
// query for a batch a fraction of one per player. One batcher per client, on globalThis so that the fast routes
// and the Next.js bundles share it.
const globalForLookups = globalThis as typeof globalThis & {
  __quizPlayerLookups?: WeakMap<TDb, GroupCommit<string, TPlayerRow | undefined>>;
};
const lookups = (globalForLookups.__quizPlayerLookups ??= new WeakMap());

async function readPlayerRows(db: TDb, ids: string[]): Promise<Array<TPlayerRow | undefined>> {
  const rows = await db.$queryRaw<
    TPlayerRow[]
  >`SELECT "id", "nickname", "recoveryHash", "secretHash" FROM "Player" WHERE "id" IN (${Prisma.join(ids)})`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

export async function findPlayer(db: TDb, playerId: string, secret: string): Promise<TPlayer | undefined> {
  let batcher = lookups.get(db);
  if (!batcher) lookups.set(db, (batcher = new GroupCommit((ids: string[]) => readPlayerRows(db, ids), 500)));
  const row = await batcher.enqueue(playerId);
  return row && secretMatches(secret, row.secretHash) ? toPlayer(row) : undefined;
}

export async function createPlayer(db: TDb): Promise<{ player: TPlayer; secret: string }> {
  const secret = newSecret();
  const row = await db.player.create({ data: { id: newPlayerId(), secretHash: hashSecret(secret) } });
  return { player: toPlayer(row), secret };
}

export class NicknameTakenError extends Error {
  constructor() {
    super("another player has this nickname (or one that looks the same)");
  }
}

/**
 * Stores a new nickname with its look-alike key (lib/players/use-cases/rename-player.ts computes it and brings the
 * boards up to date). NicknameTakenError when another player's nickname has the same key.
 */
export async function setNickname(db: TDb, playerId: string, nickname: string, key: string): Promise<TPlayer> {
  try {
    return toPlayer(await db.player.update({ where: { id: playerId }, data: { nickname, nicknameKey: key } }));
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new NicknameTakenError();
    throw error;
  }
}

/** Players whose nickname was set before keys were kept, oldest first. */
export function playersWithoutNicknameKey(db: TDb): Promise<Array<{ id: string; nickname: string | null }>> {
  return db.player.findMany({
    where: { nickname: { not: null }, nicknameKey: null },
    select: { id: true, nickname: true },
    orderBy: { createdAt: "asc" },
  });
}

/** A new recovery code for the player (an earlier one stops working). Shown once; only its hash is kept. */
export async function issueRecoveryCode(db: TDb, playerId: string): Promise<string> {
  const code = newRecoveryCode();
  await db.player.update({ where: { id: playerId }, data: { recoveryHash: hashSecret(code) } });
  return code;
}

/** Moves the identity to this device: a new cookie secret, so the old device no longer plays as this player. */
export async function recoverPlayer(db: TDb, typedCode: string): Promise<{ player: TPlayer; secret: string } | undefined> {
  const code = normalizeRecoveryCode(typedCode);
  if (!code) return undefined;
  const row = await db.player.findUnique({ where: { recoveryHash: hashSecret(code) } });
  if (!row) return undefined;
  const secret = newSecret();
  const updated = await db.player.update({ where: { id: row.id }, data: { secretHash: hashSecret(secret) } });
  return { player: toPlayer(updated), secret };
}
