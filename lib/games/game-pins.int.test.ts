// PINs do not run out: a lobby nobody started for a day gives its PIN up to a new game, and when every PIN is
// held by an open game the answer is a clear NoFreePinError (a 503 with a message), not a database error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TMigratedTestDatabase } from "@/lib/platform/testing/databases";
import { LOBBY_TTL_MS, NoFreePinError } from "@/lib/games/queries/game-pins";
import { createGame } from "@/lib/games/queries/games";

describe.each(TEST_PROVIDERS)("game PINs on %s", (provider) => {
  let database: TMigratedTestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.close();
  });

  const newGame = (pin: string, now = new Date(), mode: "live" | "assignment" = "live", deadline: Date | null = null) =>
    createGame(
      database.handle.db,
      {
        mode,
        setId: "all-allies",
        groupId: null,
        settings: { questionCount: 1, secondsPerQuestion: 20, scoring: "speed", shuffle: false, maxPlayers: 10 },
        questionIds: ["q"],
        deadline,
      },
      { now, drawPin: () => pin },
    );

  it("ends a lobby older than a day and hands its PIN to a new game", async () => {
    const old = await newGame("111111", new Date(Date.now() - LOBBY_TTL_MS - 60_000));
    const fresh = await newGame("111111");
    expect(fresh.game.pin).toBe("111111");
    const expired = await database.handle.db.game.findUniqueOrThrow({ where: { id: old.game.id } });
    expect(expired).toMatchObject({ status: "ended", pin: null });
  });

  it("hands on the PIN of an assignment past its deadline", async () => {
    await newGame("222222", new Date(Date.now() - 7_200_000), "assignment", new Date(Date.now() - 3_600_000));
    expect((await newGame("222222")).game.pin).toBe("222222");
  });

  it("never takes the PIN of a lobby of today, and says so clearly when no PIN is free", async () => {
    const today = await newGame("333333");
    await expect(newGame("333333")).rejects.toBeInstanceOf(NoFreePinError);
    await expect(newGame("333333")).rejects.toThrow(/every game PIN is held/);
    expect(await database.handle.db.game.findUniqueOrThrow({ where: { id: today.game.id } })).toMatchObject({ status: "lobby" });
  });
});
