import { afterEach, describe, expect, it, vi } from "vitest";
import { Coalescer } from "./coalescer";

describe("Coalescer", () => {
  afterEach(() => vi.useRealTimers());

  it("runs once per interval however often it is poked", async () => {
    vi.useFakeTimers();
    const task = vi.fn();
    const coalescer = new Coalescer(250, task);
    for (let i = 0; i < 100; i++) coalescer.poke();
    await vi.advanceTimersByTimeAsync(249);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(1);
    coalescer.poke();
    await vi.advanceTimersByTimeAsync(250);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
