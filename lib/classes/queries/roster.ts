// A class's roster as its teacher sees it: every member with when they joined and when they were last active
// (a quiz begun, a class game or assignment joined, an answer given there), and removing a member.
import type { TDb } from "@/lib/platform/db/client";
import type { TRosterMember } from "@/lib/classes/types";

const latest = (...dates: Array<Date | null | undefined>) =>
  new Date(Math.max(...dates.map((date) => (date ? date.getTime() : 0))));

export async function classRoster(db: TDb, groupId: string): Promise<TRosterMember[]> {
  const members = await db.groupMember.findMany({
    where: { groupId },
    include: { player: { select: { nickname: true } } },
    orderBy: { joinedAt: "asc" },
  });
  const ids = members.map((member) => member.playerId);
  if (!ids.length) return [];
  const [attempts, gamePlayers] = await Promise.all([
    db.attempt.groupBy({ by: ["playerId"], where: { playerId: { in: ids } }, _max: { startedAt: true }, _count: true }),
    db.gamePlayer.findMany({
      where: { playerId: { in: ids }, game: { groupId } },
      select: {
        playerId: true,
        joinedAt: true,
        finishedAt: true,
        answers: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
      },
    }),
  ]);
  const attemptsBy = new Map(attempts.map((row) => [row.playerId, row]));
  return members
    .map((member) => {
      const quiz = attemptsBy.get(member.playerId);
      const games = gamePlayers.filter((row) => row.playerId === member.playerId);
      const last = latest(
        member.joinedAt,
        quiz?._max.startedAt,
        ...games.flatMap((row) => [row.joinedAt, row.finishedAt, row.answers[0]?.createdAt]),
      );
      return {
        playerId: member.playerId,
        nickname: member.player.nickname,
        joinedAt: member.joinedAt.toISOString(),
        lastActiveAt: last.toISOString(),
        quizzes: quiz?._count ?? 0,
        games: games.length,
      };
    })
    .sort((a, b) => (a.nickname ?? "").localeCompare(b.nickname ?? "", "de"));
}

/** Takes the player out of the class; whether they were in it. */
export async function removeMember(db: TDb, groupId: string, playerId: string): Promise<boolean> {
  return (await db.groupMember.deleteMany({ where: { groupId, playerId } })).count > 0;
}
