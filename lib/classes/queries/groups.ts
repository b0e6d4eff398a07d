// Groups (classes): a teacher creates one and shares its join code; players who join appear on its board.
import { newJoinCode, normalizeJoinCode } from "./join-code";
import type { TGroup } from "@/lib/classes/types";
import { randomUUID } from "node:crypto";
import { hashSecret, newSecret, secretMatches } from "@/lib/platform/crypto/identity";
import type { TScoringMode } from "@/lib/scoring/types";
import type { TDb, TDbTransaction } from "@/lib/platform/db/client";

async function toGroup(db: TDb, row: { id: string; name: string; joinCode: string; scoring: string }): Promise<TGroup> {
  const memberCount = await db.groupMember.count({ where: { groupId: row.id } });
  return { id: row.id, name: row.name, joinCode: row.joinCode, scoring: row.scoring as TScoringMode, memberCount };
}

/** A new group and the key that manages it (shown once, to the teacher). */
export async function createGroup(
  db: TDb,
  input: { name: string; scoring: TScoringMode; ownerId?: string },
): Promise<{ group: TGroup; manageKey: string }> {
  const manageKey = newSecret();
  for (let tries = 0; ; tries++) {
    try {
      const row = await db.group.create({
        data: {
          id: randomUUID(),
          name: input.name,
          scoring: input.scoring,
          joinCode: newJoinCode(),
          ownerHash: hashSecret(manageKey),
          ownerId: input.ownerId ?? null,
        },
      });
      return { group: await toGroup(db, row), manageKey };
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002" || tries > 5) throw error;
    }
  }
}

export async function findGroup(db: TDb, id: string): Promise<TGroup | undefined> {
  const row = await db.group.findUnique({ where: { id } });
  return row ? toGroup(db, row) : undefined;
}

export async function findGroupByCode(db: TDb, code: string): Promise<TGroup | undefined> {
  const row = await db.group.findUnique({ where: { joinCode: normalizeJoinCode(code) } });
  return row ? toGroup(db, row) : undefined;
}

export async function canManageGroup(db: TDb, id: string, manageKey: string): Promise<boolean> {
  const row = await db.group.findUnique({ where: { id } });
  return Boolean(row && secretMatches(manageKey, row.ownerHash));
}

/** The class, when it belongs to the teacher; undefined for a class of anyone else (or none). */
export async function findOwnedGroup(db: TDb, id: string, teacherId: string): Promise<TGroup | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const row = await db.group.findFirst({ where: { id, ownerId: teacherId } });
  return row ? toGroup(db, row) : undefined;
}

/** Whether the class is the teacher's (no teacher: no). */
export async function isClassOwner(db: TDb, id: string, teacherId: string | undefined): Promise<boolean> {
  return Boolean(teacherId) && (await db.group.count({ where: { id, ownerId: teacherId } })) > 0;
}

/** The teacher's classes, newest first. */
export async function groupsOfTeacher(db: TDb, teacherId: string): Promise<TGroup[]> {
  const rows = await db.group.findMany({ where: { ownerId: teacherId }, orderBy: { createdAt: "desc" } });
  return Promise.all(rows.map((row) => toGroup(db, row)));
}

/** A fresh join code for the class: the old one stops working at once. */
export async function renewJoinCode(db: TDb, id: string): Promise<TGroup> {
  for (let tries = 0; ; tries++) {
    try {
      return await toGroup(db, await db.group.update({ where: { id }, data: { joinCode: newJoinCode() } }));
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002" || tries > 5) throw error;
    }
  }
}

/** Classes made before accounts, claimed by the teacher with the keys this browser kept; how many. */
export async function claimGroups(db: TDb, teacherId: string, keys: Array<{ id: string; key: string }>): Promise<number> {
  let claimed = 0;
  for (const { id, key } of keys) {
    if (!(await canManageGroup(db, id, key))) continue;
    claimed += (await db.group.updateMany({ where: { id, ownerId: null }, data: { ownerId: teacherId } })).count;
  }
  return claimed;
}

export async function setGroupScoring(db: TDb, id: string, scoring: TScoringMode): Promise<TGroup> {
  return toGroup(db, await db.group.update({ where: { id }, data: { scoring } }));
}

export async function joinGroup(db: TDb, groupId: string, playerId: string): Promise<void> {
  await db.groupMember.upsert({
    where: { groupId_playerId: { groupId, playerId } },
    create: { groupId, playerId },
    update: {},
  });
}

export async function groupsOfPlayer(db: TDb, playerId: string): Promise<TGroup[]> {
  const rows = await db.groupMember.findMany({ where: { playerId }, include: { group: true }, orderBy: { joinedAt: "asc" } });
  return Promise.all(rows.map((row) => toGroup(db, row.group)));
}

/** The classes a player belongs to (those joined by `joinedBy` when given) with the score each counts, read inside a transaction. */
export async function membershipsOf(
  tx: TDbTransaction,
  playerId: string,
  joinedBy?: Date,
): Promise<Array<{ groupId: string; scoring: TScoringMode }>> {
  const rows = await tx.groupMember.findMany({
    where: { playerId, ...(joinedBy ? { joinedAt: { lte: joinedBy } } : {}) },
    include: { group: true },
  });
  return rows.map(({ group }) => ({ groupId: group.id, scoring: group.scoring as TScoringMode }));
}

/** Whether the player is a member of the class. */
export async function isMember(db: TDb, groupId: string, playerId: string): Promise<boolean> {
  return Boolean(await db.groupMember.findUnique({ where: { groupId_playerId: { groupId, playerId } } }));
}
