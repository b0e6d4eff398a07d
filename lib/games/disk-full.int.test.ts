// A disk that fills up in the middle of a live game, on a real SQLite file on a small tmpfs: the write that hits
// the full disk fails cleanly, the health check says the database cannot write, and once space is back every
// kind of write goes on (no lock left behind by the failed COMMIT). Mounting needs root; without it the suite is
// skipped and says why.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildQuestionBank } from "@/questions/bank";
import type { TStoredQuestion } from "@/questions/types";
import { applyHostAction } from "@/lib/games/rules/state-machine";
import type { THostAction } from "@/lib/games/types";
import { createDbHandle, type TDbHandle } from "@/lib/platform/db/client";
import { joinGame } from "@/lib/games/queries/game-players";
import { createGame, gameState, saveTransition, type TGameRow } from "@/lib/games/queries/games";
import { checkDatabase } from "@/lib/platform/db/health";
import { nicknameKey } from "@/lib/players/rules/nickname-key";
import { prepareDatabase } from "@/lib/platform/db/prepare";
import { loadQuestionBankIntoDb } from "@/lib/sets/queries/question-bank";

const mountPoint = mkdtempSync(path.join(os.tmpdir(), "quiz-diskfull-"));
const mount = spawnSync("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint], { encoding: "utf8" });
const skipReason =
  mount.status === 0
    ? ""
    : `cannot mount a small tmpfs (${process.getuid?.() === 0 ? mount.stderr.trim() || mount.error?.message : "needs root"})`;
if (skipReason) {
  console.warn(`disk-full test skipped: ${skipReason}`);
  rmSync(mountPoint, { recursive: true, force: true });
}

const bank = buildQuestionBank().bank!;
const questions = bank.questions.filter((q) => q.kind === "single").slice(0, 3) as TStoredQuestion[];

/** Fails the test instead of hanging it: the bug this guards against was a wait without end. */
function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)),
  );
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

describe.skipIf(Boolean(skipReason))(
  `SQLite on a disk that fills up mid-game${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let handle: TDbHandle;
    const filler = path.join(mountPoint, "filler");

    beforeAll(async () => {
      const file = path.join(mountPoint, "app.db");
      const target = { provider: "sqlite" as const, file, url: `file:${file}` };
      await prepareDatabase(target);
      handle = createDbHandle(target);
      await loadQuestionBankIntoDb(handle, bank);
    });
    afterAll(async () => {
      await handle?.db.$disconnect();
      spawnSync("umount", ["-l", path.join(mountPoint, "small")]);
      spawnSync("umount", ["-l", mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    });

    const newGame = () =>
      createGame(handle.db, {
        mode: "live",
        setId: "all-allies",
        groupId: null,
        settings: { questionCount: 3, secondsPerQuestion: 20, scoring: "speed", shuffle: false, maxPlayers: 50 },
        questionIds: questions.map((q) => q.id),
        deadline: null,
      });

    async function act(game: TGameRow, action: THostAction): Promise<TGameRow> {
      const from = gameState(game);
      const step = applyHostAction(from, action, 20, { now: Date.now(), playerCount: 2 });
      if (!step.ok) throw new Error(step.message);
      const saved = await saveTransition(handle, from, step.state);
      if (!saved) throw new Error("lost the race");
      return saved;
    }

    function fillDisk(): void {
      const fd = openSync(filler, "w");
      const chunk = Buffer.alloc(16 * 1024, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
      } finally {
        closeSync(fd);
      }
    }

    it("fails the write that meets a full disk, reports it on health, and goes on once space is back", async () => {
      let { game } = await newGame();
      for (const nickname of ["Anna", "Ben"])
        expect((await joinGame(handle, game, { nickname, nicknameKey: nicknameKey(nickname), playerId: null })).ok).toBe(true);
      game = await act(game, "start");
      expect((await checkDatabase(handle)).ok).toBe(true);

      fillDisk();
      // A host action writes the question's settlement in a transaction; its COMMIT meets the full disk.
      await expect(within(15_000, "host action on a full disk", act(game, "skip"))).rejects.toThrow(/full/i);
      const unhealthy = await within(15_000, "health on a full disk", checkDatabase(handle));
      expect(unhealthy).toMatchObject({ ok: false });
      expect(unhealthy.ok ? "" : unhealthy.reason).toMatch(/full|write/i);

      rmSync(filler);
      // Space is back: joins, host actions, new games and the health check all go through, none waits forever.
      const late = await within(
        15_000,
        "join after the disk was freed",
        joinGame(handle, game, { nickname: "Cem", nicknameKey: nicknameKey("Cem"), playerId: null }),
      );
      expect(late.ok).toBe(true);
      const current = (await handle.db.game.findUniqueOrThrow({ where: { id: game.id } })) as TGameRow;
      const skipped = await within(15_000, "host action after the disk was freed", act(current, "skip"));
      expect(skipped.status).toBe("reveal");
      await within(15_000, "new game after the disk was freed", newGame());
      expect(await within(15_000, "health after the disk was freed", checkDatabase(handle))).toEqual({ ok: true });
    });

    it("at start, a disk too small for the question bank leaves no half-made database behind", () => {
      const small = path.join(mountPoint, "small");
      mkdirSync(small);
      expect(spawnSync("mount", ["-t", "tmpfs", "-o", "size=400k", "tmpfs", small]).status).toBe(0);
      const start = spawnSync("node_modules/.bin/tsx", ["scripts/start.ts", "--no-build"], {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: `file:${path.join(small, "app.db")}`, PORT: "1", HOST: "127.0.0.1" },
        timeout: 60_000,
      });
      expect(start.status).toBe(1);
      expect(start.stderr).toMatch(/disk is full; free some space.*removed/);
      expect(readdirSync(small)).toEqual([]);
    });
  },
);
