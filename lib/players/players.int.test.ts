// Players against SQLite and PostgreSQL: known again by their secret, also when many are looked up at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TMigratedTestDatabase } from "@/lib/platform/testing/databases";
import { createPlayer, findPlayer } from "@/lib/players/queries/players";

describe.each(TEST_PROVIDERS)("players on %s", (provider) => {
  let database: TMigratedTestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("knows players by their secret when many are looked up at once (batched)", async () => {
    const { db } = database.handle;
    const created = await Promise.all(Array.from({ length: 30 }, () => createPlayer(db)));
    // Together, as a class opening the leaderboard: right secrets, a wrong one, an unknown id, one id twice.
    const [found, wrongSecret, unknown, twice] = await Promise.all([
      Promise.all(created.map(({ player, secret }) => findPlayer(db, player.id, secret))),
      findPlayer(db, created[0]!.player.id, created[1]!.secret),
      findPlayer(db, "no-such-player", created[0]!.secret),
      findPlayer(db, created[2]!.player.id, created[2]!.secret),
    ]);
    expect(found.map((player) => player?.id)).toEqual(created.map(({ player }) => player.id));
    expect(wrongSecret).toBeUndefined();
    expect(unknown).toBeUndefined();
    expect(twice?.id).toBe(created[2]!.player.id);
  });
});
