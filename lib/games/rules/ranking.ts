// Standings of a game: competition ranks (ties share a rank: 1, 2, 2, 4) and, after a question, how each
// player moved. Pure.

export type TScoreLine = { id: string; nickname: string; score: number; correctCount: number };
export type TStanding = TScoreLine & { rank: number };
/** A standing after a question: `gained` points on it, the rank before it, and how many places it moved (up > 0). */
export type TMovedStanding = TStanding & { gained: number; previousRank: number; movement: number };

const byScore = (a: { score: number; nickname: string }, b: { score: number; nickname: string }) =>
  b.score - a.score || a.nickname.localeCompare(b.nickname);

/** Players best first, with competition ranks. */
export function rankPlayers<T extends TScoreLine>(players: readonly T[]): Array<T & { rank: number }> {
  const sorted = [...players].sort(byScore);
  const ranked: Array<T & { rank: number }> = [];
  sorted.forEach((player, index) => {
    const previous = ranked[index - 1];
    ranked.push({ ...player, rank: previous && previous.score === player.score ? previous.rank : index + 1 });
  });
  return ranked;
}

/**
 * Standings after a question from each player's total and what the question gave them. While everyone was
 * still level (after the first question, or while nobody had scored), there was no order to move in: no
 * movements, rather than everyone but the leaders "down" from a shared first place.
 */
export function standingsAfterQuestion(players: ReadonlyArray<TScoreLine & { gained: number }>): TMovedStanding[] {
  const earlier = players.map((p) => ({ ...p, score: p.score - p.gained }));
  const level = earlier.every((p) => p.score === earlier[0]!.score);
  const before = new Map(level ? [] : rankPlayers(earlier).map((p) => [p.id, p.rank]));
  return rankPlayers(players).map((player) => {
    const previousRank = before.get(player.id) ?? player.rank;
    return { ...player, previousRank, movement: previousRank - player.rank };
  });
}
