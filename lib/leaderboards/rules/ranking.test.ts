import { describe, expect, it } from "vitest";
import { patchBoard, rankBoard, rankRows } from "./ranking";

const row = (playerId: string, score: number) => ({
  playerId,
  nickname: playerId,
  score,
  achievedAt: "2026-11-21T10:00:00.000Z",
});

describe("rankRows", () => {
  it("gives tied scores the same rank and skips the ranks they take", () => {
    expect(
      rankRows([row("a", 900), row("b", 700), row("c", 700), row("d", 500), row("e", 500), row("f", 100)]).map((r) => r.rank),
    ).toEqual([1, 2, 2, 4, 4, 6]);
  });
  it("handles an empty board and a board of one", () => {
    expect(rankRows([])).toEqual([]);
    expect(rankRows([row("a", 0)])[0]!.rank).toBe(1);
  });
});

describe("patchBoard", () => {
  const at = (minute: number) => `2026-11-21T10:${String(minute).padStart(2, "0")}:00.000Z`;
  const entry = (playerId: string, score: number, minute = 0) => ({
    playerId,
    nickname: playerId.toUpperCase(),
    score,
    achievedAt: at(minute),
  });

  function expectConsistent(board: ReturnType<typeof rankBoard>, scored: ReturnType<typeof entry>[]) {
    // The patched board equals one ranked from scratch, and the index points at every row.
    const fresh = rankBoard(scored);
    expect(board.rows).toEqual(fresh.rows);
    expect([...board.indexOf.entries()].sort()).toEqual([...fresh.indexOf.entries()].sort());
  }

  it("moves an improved player up, shares ties and shifts the ranks in between", () => {
    const scored = [entry("a", 900), entry("b", 700), entry("c", 700, 1), entry("d", 500), entry("e", 100)];
    const board = patchBoard(rankBoard(scored), "e", entry("e", 700, 2));
    expect(board.rows.map((r) => [r.playerId, r.rank])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 2],
      ["e", 2],
      ["d", 5],
    ]);
    expectConsistent(board, [...scored.slice(0, 4), entry("e", 700, 2)]);
  });

  it("adds a new player, removes one, and renames one in place", () => {
    const scored = [entry("a", 900), entry("b", 700), entry("c", 500), entry("d", 500, 1), entry("e", 100)];
    const added = patchBoard(rankBoard(scored), "f", entry("f", 800));
    expectConsistent(added, [...scored, entry("f", 800)]);
    expect(added.rows.at(-1)).toMatchObject({ playerId: "e", rank: 6 });
    const removed = patchBoard(added, "a", undefined);
    expectConsistent(removed, [...scored.slice(1), entry("f", 800)]);
    const renamed = patchBoard(removed, "c", { ...entry("c", 500), nickname: "Cleo" });
    expect(renamed.rows[renamed.indexOf.get("c")!]).toMatchObject({ nickname: "Cleo", rank: 3 });
  });

  it("agrees with ranking from scratch after many random changes", () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n;
    const scores = new Map<string, ReturnType<typeof entry>>();
    for (let i = 0; i < 200; i++) scores.set(`p${i}`, entry(`p${i}`, random(20) * 50, random(5)));
    let board = rankBoard([...scores.values()]);
    for (let step = 0; step < 500; step++) {
      const id = `p${random(220)}`;
      if (random(10) === 0) {
        scores.delete(id);
        board = patchBoard(board, id, undefined);
      } else {
        const row = entry(id, random(20) * 50, random(5));
        scores.set(id, row);
        board = patchBoard(board, id, row);
      }
    }
    expectConsistent(board, [...scores.values()]);
  });
});
