// Everything a class's report adds up, in four queries whatever the number of games: the class's games and
// assignments, their players (those the host removed left out), their answers, and the class's members.
import type { TDb } from "@/lib/platform/db/client";
import type { TGameMode } from "@/lib/games/types";
import { gameSettings } from "@/lib/games/queries/games";

export type TClassActivityRows = {
  games: Array<{ id: string; mode: TGameMode; setId: string; practice: boolean; createdAt: number }>;
  players: Array<{ id: string; gameId: string; playerId: string | null; nickname: string }>;
  answers: Array<{ gamePlayerId: string; questionId: string; correct: boolean }>;
  members: Array<{ playerId: string; nickname: string | null }>;
};

export async function readClassActivity(db: TDb, groupId: string): Promise<TClassActivityRows> {
  const [games, players, answers, members] = await Promise.all([
    db.game.findMany({ where: { groupId }, select: { id: true, mode: true, setId: true, settings: true, createdAt: true } }),
    db.gamePlayer.findMany({
      where: { game: { groupId }, kicked: false },
      select: { id: true, gameId: true, playerId: true, nickname: true },
    }),
    db.gameAnswer.findMany({
      where: { game: { groupId }, gamePlayer: { kicked: false } },
      select: { gamePlayerId: true, questionId: true, correct: true },
    }),
    db.groupMember.findMany({ where: { groupId }, select: { playerId: true, player: { select: { nickname: true } } } }),
  ]);
  return {
    games: games.map(({ settings, ...game }) => ({
      ...game,
      mode: game.mode as TGameMode,
      practice: gameSettings({ settings }).practice === true,
      createdAt: game.createdAt.getTime(),
    })),
    players,
    answers,
    members: members.map((member) => ({ playerId: member.playerId, nickname: member.player.nickname })),
  };
}
