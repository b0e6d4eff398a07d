// Competition ranking ("1224"): a player tied with the one before shares that rank. Boards are kept sorted best
// first (score descending, earlier achievement first on ties, then player id) and patched one player at a time
// when a score or a nickname changes, instead of being read again from the database. Pure.
export type TScoredRow = { playerId: string; nickname: string; score: number; achievedAt: string };
export type TRankedRow = TScoredRow & { rank: number };
export type TRankedBoard = { rows: TRankedRow[]; indexOf: Map<string, number> };

/** Best first: score descending, then the earlier achievement, then the player id. */
export function compareRows(a: TScoredRow, b: TScoredRow): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.achievedAt !== b.achievedAt) return a.achievedAt < b.achievedAt ? -1 : 1;
  return a.playerId < b.playerId ? -1 : a.playerId > b.playerId ? 1 : 0;
}

/** Ranks rows already ordered best first. */
export function rankRows(rows: readonly TScoredRow[]): TRankedRow[] {
  const ranked: TRankedRow[] = [];
  rows.forEach((row, index) => {
    const previous = ranked[index - 1];
    ranked.push({ ...row, rank: previous && previous.score === row.score ? previous.rank : index + 1 });
  });
  return ranked;
}

/** A ranked board from rows in any order. */
export function rankBoard(rows: readonly TScoredRow[]): TRankedBoard {
  const ranked = rankRows([...rows].sort(compareRows));
  return { rows: ranked, indexOf: new Map(ranked.map((row, index) => [row.playerId, index])) };
}

/** Where a row belongs in sorted rows (the first index whose row ranks after it). */
function insertionIndex(rows: readonly TScoredRow[], row: TScoredRow): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareRows(rows[middle]!, row) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The board with one player's row replaced (`row`), added, or removed (`undefined`). Only the stretch that moved
 * is re-ranked and re-indexed, so a post costs little on a board of ten thousand. Returns a new board: rows are
 * never changed in place; the index map is updated and shared.
 */
export function patchBoard(board: TRankedBoard, playerId: string, row: TScoredRow | undefined): TRankedBoard {
  const rows = board.rows.slice();
  const { indexOf } = board;
  const old = indexOf.get(playerId);
  if (old !== undefined) {
    rows.splice(old, 1);
    indexOf.delete(playerId);
  }
  let at: number | undefined;
  if (row) {
    at = insertionIndex(rows, row);
    rows.splice(at, 0, { ...row, rank: 0 });
  }
  if (old === undefined && at === undefined) return board;
  const from = Math.min(old ?? Infinity, at ?? Infinity);
  // Rows between the old and the new place moved; a row added or removed moves every row after it.
  const moved = old !== undefined && at !== undefined ? Math.max(old, at) : rows.length - 1;
  for (let index = from; index < rows.length; index++) {
    const current = rows[index]!;
    const previous = rows[index - 1];
    const rank = previous && previous.score === current.score ? previous.rank : index + 1;
    // Past the moved stretch, nothing changes once a rank comes out as before.
    if (index > moved && current.rank === rank) break;
    if (current.rank !== rank) rows[index] = { ...current, rank };
    indexOf.set(current.playerId, index);
  }
  return { rows, indexOf };
}
