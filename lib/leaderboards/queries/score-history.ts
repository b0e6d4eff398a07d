// What the boards were built from: every score posted (finished attempts, and games posted to a group's board),
// each less the points its answers to retired questions earned, with its number of questions (a board counts
// points per 10 questions). The boards are rebuilt from this when a question
// is retired or restored, and a score posted later is counted the same way (lib/leaderboards/use-cases/).
import type { TDb, TDbTransaction } from "@/lib/platform/db/client";

/** A posted score: its set, when it counts, and where (every scope of the player at the time, or one group). */
export type TPostedScore = {
  setId: string;
  at: Date;
  score: number;
  accuracyScore: number;
  /** A game counts on its group's board only; an attempt on the global board and the player's groups. */
  groupId: string | null;
  kind: "attempt" | "game";
  postedAt: Date;
  /** It counts on the classes the player had joined by then (an attempt's start; a game's posting). */
  since: Date;
  questionCount: number;
};

type TDbLike = TDb | TDbTransaction;

export async function retiredIdsIn(db: TDbLike): Promise<string[]> {
  return (await db.questionRetirement.findMany({ select: { questionId: true } })).map((row) => row.questionId);
}

/** The points an attempt's answers to retired questions earned (speed with bonus, and accuracy). */
export async function retiredPointsOfAttempt(db: TDbLike, attemptId: string, retired: string[]) {
  if (!retired.length) return { score: 0, accuracyScore: 0 };
  const rows = await db.attemptAnswer.findMany({
    where: { attemptId, questionId: { in: retired } },
    select: { points: true, bonus: true, accuracyPoints: true },
  });
  return {
    score: rows.reduce((sum, row) => sum + row.points + row.bonus, 0),
    accuracyScore: rows.reduce((sum, row) => sum + row.accuracyPoints, 0),
  };
}

/** Per game player, the points their answers to retired questions earned; a game's indices name its questions. */
export async function retiredPointsOfGame(db: TDbLike, game: { id: string; questionIds: string }, retired: string[]) {
  const gone = new Set(retired);
  const indices = (JSON.parse(game.questionIds) as string[]).flatMap((id, index) => (gone.has(id) ? [index] : []));
  const points = new Map<string, { score: number; accuracyScore: number }>();
  if (!indices.length) return points;
  const rows = await db.gameAnswer.findMany({
    where: { gameId: game.id, questionIndex: { in: indices } },
    select: { gamePlayerId: true, points: true, bonus: true, accuracyPoints: true },
  });
  for (const row of rows) {
    const sum = points.get(row.gamePlayerId) ?? { score: 0, accuracyScore: 0 };
    points.set(row.gamePlayerId, {
      score: sum.score + row.points + row.bonus,
      accuracyScore: sum.accuracyScore + row.accuracyPoints,
    });
  }
  return points;
}

/** App players with a posted score that holds an answer to the question. */
export async function playersWhoAnswered(db: TDb, questionId: string): Promise<string[]> {
  const attempts = await db.attempt.findMany({
    where: { postedAt: { not: null }, answers: { some: { questionId } } },
    select: { playerId: true },
    distinct: ["playerId"],
  });
  const games = await db.game.findMany({
    where: { postedAt: { not: null }, questionIds: { contains: JSON.stringify(questionId) } },
    select: { players: { where: { playerId: { not: null } }, select: { playerId: true } } },
  });
  return [...new Set([...attempts.map((row) => row.playerId), ...games.flatMap((game) => game.players.map((p) => p.playerId!))])];
}

/** Every score a player posted, with retired questions' points taken off, oldest first. */
export async function postedScoresOf(db: TDbLike, playerId: string, retired: string[]): Promise<TPostedScore[]> {
  const attempts = await db.attempt.findMany({
    where: { playerId, postedAt: { not: null }, finishedAt: { not: null } },
    select: {
      id: true,
      setId: true,
      startedAt: true,
      finishedAt: true,
      postedAt: true,
      score: true,
      accuracyScore: true,
      questionIds: true,
    },
  });
  const scores: TPostedScore[] = [];
  for (const attempt of attempts) {
    const off = await retiredPointsOfAttempt(db, attempt.id, retired);
    scores.push({
      kind: "attempt",
      setId: attempt.setId,
      at: attempt.finishedAt!,
      postedAt: attempt.postedAt!,
      since: attempt.startedAt,
      questionCount: (JSON.parse(attempt.questionIds) as string[]).length,
      score: attempt.score - off.score,
      accuracyScore: attempt.accuracyScore - off.accuracyScore,
      groupId: null,
    });
  }
  const gamePlayers = await db.gamePlayer.findMany({
    where: { playerId, kicked: false, game: { postedAt: { not: null }, groupId: { not: null } } },
    select: { id: true, score: true, accuracyScore: true, game: true },
  });
  for (const { game, ...player } of gamePlayers) {
    const off = (await retiredPointsOfGame(db, game, retired)).get(player.id) ?? { score: 0, accuracyScore: 0 };
    scores.push({
      kind: "game",
      setId: game.setId,
      at: game.endedAt ?? game.postedAt!,
      postedAt: game.postedAt!,
      since: game.postedAt!,
      questionCount: (JSON.parse(game.questionIds) as string[]).length,
      score: player.score - off.score,
      accuracyScore: player.accuracyScore - off.accuracyScore,
      groupId: game.groupId,
    });
  }
  return scores.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The player's groups with when they joined and how each counts (a score counts where the player was a member). */
export async function membershipHistory(db: TDbLike, playerId: string) {
  const rows = await db.groupMember.findMany({
    where: { playerId },
    select: { groupId: true, joinedAt: true, group: { select: { scoring: true } } },
  });
  return rows.map((row) => ({ groupId: row.groupId, joinedAt: row.joinedAt, scoring: row.group.scoring }));
}

export async function deletePlayerEntries(tx: TDbTransaction, playerId: string): Promise<void> {
  await tx.leaderboardEntry.deleteMany({ where: { playerId } });
}
