// The event bus across instances: on PostgreSQL an event published by one instance reaches the subscribers of
// every other instance on the same database (LISTEN/NOTIFY); on SQLite (one instance) it stays in process.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbHandle } from "@/lib/platform/db/client";
import { createTestDatabase, TEST_PROVIDERS, type TMigratedTestDatabase } from "@/lib/platform/testing/databases";
import { createEventBus, MAX_EVENT_BYTES, type TEventBus } from "./bus";

function received(bus: TEventBus, channel: string, count: number): Promise<unknown[]> {
  const got: unknown[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`got ${got.length} of ${count} events`)), 5_000);
    const stop = bus.subscribe(channel, (payload) => {
      got.push(payload);
      if (got.length === count) {
        clearTimeout(timer);
        stop();
        resolve(got);
      }
    });
  });
}

/** Every event on a channel within `ms`. */
function collectFor(bus: TEventBus, channel: string, ms: number): Promise<unknown[]> {
  const got: unknown[] = [];
  const stop = bus.subscribe(channel, (payload) => got.push(payload));
  return new Promise((resolve) =>
    setTimeout(() => {
      stop();
      resolve(got);
    }, ms),
  );
}

describe.each(TEST_PROVIDERS)("the event bus on %s", (provider) => {
  let database: TMigratedTestDatabase;
  let first: TEventBus;
  let second: TEventBus;
  let secondHandle: ReturnType<typeof createDbHandle>;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    // Two instances: two clients, two buses, one database.
    secondHandle = createDbHandle(database.target);
    first = createEventBus(database.handle);
    second = createEventBus(secondHandle);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await secondHandle?.db.$disconnect();
    await database?.close();
  });

  it(
    provider === "postgresql"
      ? "delivers an event from one instance to the subscribers of both, in order"
      : "delivers an event to the subscribers of its own instance",
    async () => {
      const onFirst = received(first, "game:x", 3);
      // On SQLite the second bus stands for another instance that does not exist: nothing may reach it.
      const onSecond = provider === "postgresql" ? received(second, "game:x", 3) : collectFor(second, "game:x", 500);
      // Let the LISTEN connections come up before publishing.
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const n of [1, 2, 3]) await first.publish("game:x", { n });
      expect(await onFirst).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
      expect(await onSecond).toEqual(provider === "postgresql" ? [{ n: 1 }, { n: 2 }, { n: 3 }] : []);
    },
  );

  it("keeps channels apart", async () => {
    const listener = provider === "postgresql" ? second : first;
    const other = received(listener, "game:y", 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await first.publish("game:z", { wrong: true });
    await first.publish("game:y", { right: true });
    expect(await other).toEqual([{ right: true }]);
  });

  it.runIf(provider === "postgresql")("refuses an event too large for NOTIFY instead of losing it silently", async () => {
    await expect(second.publish("game:x", { blob: "x".repeat(MAX_EVENT_BYTES) })).rejects.toThrow(/too large/);
  });
});
