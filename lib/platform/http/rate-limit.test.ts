// A school sits behind one address: one student who floods must not stop the class, and guessing PINs or codes
// from that address must not stop the players already in a game.
import { describe, expect, it, vi } from "vitest";
import { guessLimit, rateLimit } from "./rate-limit";

const SCHOOL = "203.0.113.7";
const classOf30 = Array.from({ length: 30 }, (_, n) => `student-${n}`);

describe("rate limits behind one address", () => {
  it("answers 429 with Retry-After for a refusal made by the library's other copy", async () => {
    // Next.js's bundle and the fast path each load rate-limiter-flexible and share the limiters (globalThis): a
    // limiter made by one copy refuses with that copy's RateLimiterRes, which the other copy's class does not know.
    expect(await rateLimit("next", { player: "quick-student", address: SCHOOL })).toBeUndefined();
    type TShared = Map<string, { perPlayer: { consume: (key: string) => Promise<unknown> } }>;
    const shared = (globalThis as { __quizLimiters?: TShared }).__quizLimiters!.get("next")!;
    const otherCopysRefusal = { msBeforeNext: 1_400, remainingPoints: 0, consumedPoints: 26, isFirstInDuration: false };
    vi.spyOn(shared.perPlayer, "consume").mockRejectedValueOnce(otherCopysRefusal);
    const refused = await rateLimit("next", { player: "quick-student", address: SCHOOL });
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get("Retry-After")).toBe("2");
    // Anything else the limiter throws is still an error.
    vi.spyOn(shared.perPlayer, "consume").mockRejectedValueOnce(new Error("broken store"));
    await expect(rateLimit("next", { player: "quick-student", address: SCHOOL })).rejects.toThrow("broken store");
  });

  it("stops the player who floods, not the 29 others playing beside them", async () => {
    const [flooder, ...others] = classOf30;
    let refused = 0;
    for (let n = 0; n < 3_100; n++) if (await rateLimit("answer", { player: flooder!, address: SCHOOL })) refused += 1;
    expect(refused).toBeGreaterThan(3_000);
    // The class goes on: self-study answers and live answers of everyone else, and the flooder's own live game.
    for (const player of others) {
      for (let n = 0; n < 10; n++) expect(await rateLimit("answer", { player, address: SCHOOL })).toBeUndefined();
      expect(await rateLimit("liveAnswer", { player, address: SCHOOL })).toBeUndefined();
    }
    expect(await rateLimit("liveAnswer", { player: flooder!, address: SCHOOL })).toBeUndefined();
  });

  it("counts only wrong guesses, and a flood of them leaves the players in a game alone", async () => {
    const address = "198.51.100.9";
    // A class of 2,000 typing the right PIN is never refused.
    for (let n = 0; n < 2_000; n++) expect((await guessLimit("join", address)).refused).toBeUndefined();
    let refusedAt = -1;
    for (let n = 0; n < 3_100 && refusedAt < 0; n++) {
      const guess = await guessLimit("join", address);
      if (guess.refused) refusedAt = n;
      else await guess.failed();
    }
    expect(refusedAt).toBe(3_000);
    const refused = (await guessLimit("join", address)).refused!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    for (const player of classOf30) expect(await rateLimit("liveAnswer", { player, address })).toBeUndefined();
  });

  it("caps new identities per address before anything is created", async () => {
    const address = "192.0.2.44";
    let made = 0;
    while (!(await rateLimit("identity", { address })) && made < 5_000) made += 1;
    expect(made).toBe(2_000);
  });

  it("caps posted scores per address whoever posts, while each player keeps their own allowance", async () => {
    const address = "192.0.2.45";
    // A bot posting once from each of thousands of fresh players.
    let posted = 0;
    while (!(await rateLimit("post", { player: `bot-${posted}`, address })) && posted < 5_000) posted += 1;
    expect(posted).toBe(3_000);
    // Elsewhere, a student posting often is stopped by their own limit.
    let own = 0;
    while (!(await rateLimit("post", { player: "keen", address: SCHOOL })) && own < 100) own += 1;
    expect(own).toBe(30);
  });
});
