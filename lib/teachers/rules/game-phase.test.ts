import { describe, expect, it } from "vitest";
import { gamePhase } from "./game-phase";

const now = Date.parse("2026-11-30T10:00:00Z");

describe("gamePhase", () => {
  it("tells running live games from finished ones", () => {
    expect(gamePhase({ mode: "live", status: "lobby", deadline: null }, now)).toBe("running");
    expect(gamePhase({ mode: "live", status: "reveal", deadline: null }, now)).toBe("running");
    expect(gamePhase({ mode: "live", status: "ended", deadline: null }, now)).toBe("finished");
  });

  it("sorts assignments by their deadline: open, due within a day, done once it passed or was ended", () => {
    expect(gamePhase({ mode: "assignment", status: "open", deadline: "2026-12-07T17:00:00Z" }, now)).toBe("open");
    expect(gamePhase({ mode: "assignment", status: "open", deadline: "2026-11-30T17:00:00Z" }, now)).toBe("due");
    expect(gamePhase({ mode: "assignment", status: "open", deadline: "2026-11-30T09:00:00Z" }, now)).toBe("done");
    expect(gamePhase({ mode: "assignment", status: "ended", deadline: "2026-12-07T17:00:00Z" }, now)).toBe("done");
  });
});
