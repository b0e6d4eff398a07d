import { describe, expect, it } from "vitest";
import { GroupCommit } from "./group-commit";

describe("GroupCommit", () => {
  it("writes items that arrive together in one batch, and later ones in the next", async () => {
    const batches: number[][] = [];
    const commit = new GroupCommit<number, string>(async (items) => {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return items.map((item) => `ok ${item}`);
    });
    const first = [1, 2, 3].map((n) => commit.enqueue(n));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = [4, 5].map((n) => commit.enqueue(n));
    expect(await Promise.all([...first, ...second])).toEqual(["ok 1", "ok 2", "ok 3", "ok 4", "ok 5"]);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it("lets the first item of a burst wait for others when asked to linger", async () => {
    const batches: number[][] = [];
    const commit = new GroupCommit<number, number>(
      async (items) => {
        batches.push(items);
        return items;
      },
      500,
      30,
    );
    const first = commit.enqueue(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = commit.enqueue(2);
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(batches).toEqual([[1, 2]]);
  });

  it("keeps batches within the maximum", async () => {
    const sizes: number[] = [];
    const commit = new GroupCommit<number, number>(async (items) => {
      sizes.push(items.length);
      return items;
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => commit.enqueue(n)));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it("fails every item of a failed batch and goes on with the next", async () => {
    let calls = 0;
    const commit = new GroupCommit<number, number>(async (items) => {
      calls++;
      if (calls === 1) throw new Error("disk full");
      return items;
    });
    await expect(commit.enqueue(1)).rejects.toThrow("disk full");
    expect(await commit.enqueue(2)).toBe(2);
  });
});
