// The games and assignments of one teacher, as the dashboard lists them, and claiming those made in this
// browser before signing in.
import type { TDb } from "@/lib/platform/db/client";
import { hashSecret } from "@/lib/platform/crypto/identity";
import type { TGameMode } from "@/lib/games/types";
import { gameSettings } from "./games";

export type TTeacherGame = {
  id: string;
  mode: TGameMode;
  status: string;
  pin: string | null;
  setId: string;
  /** "Schwächste Fakten üben" (see rules/title.ts). */
  practice: boolean;
  groupId: string | null;
  groupName: string | null;
  players: number;
  questionCount: number;
  createdAt: string;
  endedAt: string | null;
  deadline: string | null;
};

export async function gamesOfTeacher(db: TDb, teacherId: string, limit = 200): Promise<TTeacherGame[]> {
  const rows = await db.game.findMany({
    where: { ownerId: teacherId },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { group: { select: { name: true } }, _count: { select: { players: { where: { kicked: false } } } } },
  });
  return rows.map((row) => ({
    id: row.id,
    mode: row.mode as TGameMode,
    status: row.status,
    pin: row.pin,
    setId: row.setId,
    practice: gameSettings(row).practice === true,
    groupId: row.groupId,
    groupName: row.group?.name ?? null,
    players: row._count.players,
    questionCount: (JSON.parse(row.questionIds) as string[]).length,
    createdAt: row.createdAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    deadline: row.deadline?.toISOString() ?? null,
  }));
}

/** Games this browser created before its teacher signed in (its host key), now the teacher's; how many. */
export async function claimGames(db: TDb, teacherId: string, hostKey: string | undefined): Promise<number> {
  if (!hostKey) return 0;
  return (await db.game.updateMany({ where: { hostHash: hashSecret(hostKey), ownerId: null }, data: { ownerId: teacherId } }))
    .count;
}

/** How many games this browser made without an account (what "claim" would take over). */
export async function unclaimedGames(db: TDb, hostKey: string | undefined): Promise<number> {
  if (!hostKey) return 0;
  return db.game.count({ where: { hostHash: hashSecret(hostKey), ownerId: null } });
}
