// A game created for a group puts each player's total on the group's leaderboard once it ends, counted the way
// the group counts (speed and accuracy, or accuracy only). Players join the group too, so their later
// self-study scores reach its board as well. Posting is idempotent (a board keeps a player's best), so a crash
// half-way is mended by posting again. Points earned on a question retired after review do not count.
import { invalidateBoards } from "@/lib/leaderboards/use-cases/board-cache";
import { recordScores } from "@/lib/leaderboards/queries/leaderboards";
import { boardScale } from "@/lib/leaderboards/rules/board-score";
import { retiredIdsIn, retiredPointsOfGame } from "@/lib/leaderboards/queries/score-history";
import type { TDbHandle } from "@/lib/platform/db/client";
import { markGamePosted } from "@/lib/games/queries/games";

const CHUNK = 50;

export async function postGameScores(
  handle: TDbHandle,
  gameId: string,
): Promise<{ posted: number; setId?: string; scope?: string }> {
  const { db } = handle;
  const game = await db.game.findUnique({ where: { id: gameId }, include: { group: true } });
  if (!game || game.status !== "ended" || !game.group || game.postedAt) return { posted: 0 };
  const group = game.group;
  const at = game.endedAt ?? new Date();
  const players = await db.gamePlayer.findMany({
    where: { gameId, kicked: false, playerId: { not: null } },
    select: { id: true, playerId: true, score: true, accuracyScore: true },
  });
  const off = await retiredPointsOfGame(db, game, await retiredIdsIn(db));
  // Per 10 questions, like every score on a board (lib/leaderboards/rules/board-score.ts).
  const scale = boardScale((JSON.parse(game.questionIds) as string[]).length);
  for (let start = 0; start < players.length; start += CHUNK) {
    await db.$transaction(
      async (tx) => {
        for (const player of players.slice(start, start + CHUNK)) {
          const playerId = player.playerId!;
          await tx.groupMember.upsert({
            where: { groupId_playerId: { groupId: group.id, playerId } },
            create: { groupId: group.id, playerId },
            update: {},
          });
          const taken = off.get(player.id) ?? { score: 0, accuracyScore: 0 };
          const raw = group.scoring === "accuracy" ? player.accuracyScore - taken.accuracyScore : player.score - taken.score;
          const score = Math.round(raw * scale);
          await recordScores(handle, { playerId, setId: game.setId, scores: [{ scope: group.id, score }], at }, tx);
        }
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  }
  await markGamePosted(db, gameId);
  invalidateBoards(db, game.setId, group.id);
  return { posted: players.length, setId: game.setId, scope: group.id };
}
