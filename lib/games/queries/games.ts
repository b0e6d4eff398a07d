// Games in the database: creating one with its PIN, reading its state, and moving it on with a guarded write
// (the version it was read at), so that two instances or two clicks cannot take the same step twice. Leaving
// an open question settles every player's totals for it in the same transaction.
import { randomUUID } from "node:crypto";
import { hashSecret, newSecret, secretMatches } from "@/lib/platform/crypto/identity";
import { newGamePin } from "./pin";
import type { TGameMode, TGameSettings, TGameState, TGameStatus } from "@/lib/games/types";
import type { TDb, TDbHandle } from "@/lib/platform/db/client";
import { expireStaleGames, NoFreePinError } from "./game-pins";

export type TGameRow = NonNullable<Awaited<ReturnType<TDb["game"]["findUnique"]>>>;
type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

const ms = (date: Date | null) => (date ? date.getTime() : null);
const date = (epoch: number | null) => (epoch === null ? null : new Date(epoch));

export function gameSettings(row: Pick<TGameRow, "settings">): TGameSettings {
  return JSON.parse(row.settings) as TGameSettings;
}

export function gameQuestionIds(row: Pick<TGameRow, "questionIds">): string[] {
  return JSON.parse(row.questionIds) as string[];
}

export function gameState(row: TGameRow): TGameState {
  return {
    id: row.id,
    mode: row.mode as TGameMode,
    status: row.status as TGameStatus,
    questionCount: gameQuestionIds(row).length,
    currentIndex: row.currentIndex,
    questionStartedAt: ms(row.questionStartedAt),
    questionEndsAt: ms(row.questionEndsAt),
    pausedRemainingMs: row.pausedRemainingMs,
    locked: row.locked,
    deadline: ms(row.deadline),
    version: row.version,
  };
}

export type TNewGame = {
  mode: TGameMode;
  setId: string;
  groupId: string | null;
  settings: TGameSettings;
  questionIds: string[];
  deadline: Date | null;
  ownerId?: string | null;
};

/**
 * A new game with a fresh PIN and the host's key (shown once; only its hash is kept). A PIN still held by an
 * ended game is taken over; one held by a running game is never shared. NoFreePinError when none is free.
 * `hostKey`: the browser's key when it already hosts games (one cookie for all of them).
 */
export async function createGame(
  db: TDb,
  input: TNewGame,
  {
    now = new Date(),
    drawPin = newGamePin,
    hostKey = newSecret(),
  }: { now?: Date; drawPin?: () => string; hostKey?: string } = {},
): Promise<{ game: TGameRow; hostKey: string }> {
  for (let tries = 0; ; tries++) {
    // A PIN was taken: end abandoned lobbies and assignments past their deadline, so their PINs come free.
    if (tries === 1) await expireStaleGames(db, now);
    const pin = drawPin();
    try {
      const game = await db.$transaction(async (tx) => {
        await tx.game.updateMany({ where: { pin, status: "ended" }, data: { pin: null } });
        return tx.game.create({
          data: {
            id: randomUUID(),
            pin,
            hostHash: hashSecret(hostKey),
            mode: input.mode,
            setId: input.setId,
            groupId: input.groupId,
            settings: JSON.stringify(input.settings),
            questionIds: JSON.stringify(input.questionIds),
            status: input.mode === "live" ? "lobby" : "open",
            deadline: input.deadline,
            ownerId: input.ownerId ?? null,
            createdAt: now,
          },
        });
      });
      return { game, hostKey };
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
      if (tries >= 20) throw new NoFreePinError();
    }
  }
}

export function findGame(db: TDb, id: string): Promise<TGameRow | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return Promise.resolve(null);
  return db.game.findUnique({ where: { id } });
}

export function findGameByPin(db: TDb, pin: string): Promise<TGameRow | null> {
  return db.game.findUnique({ where: { pin } });
}

export function isHostKey(game: Pick<TGameRow, "hostHash">, hostKey: string | undefined): boolean {
  return Boolean(hostKey) && secretMatches(hostKey!, game.hostHash);
}

export function activePlayerCount(db: TDb | TTx, gameId: string): Promise<number> {
  return db.gamePlayer.count({ where: { gameId, kicked: false } });
}

/**
 * Adds the points of question `index` to every player's totals and carries their streaks: a right answer
 * extends it, a wrong or missing one ends it. One statement whatever the number of players.
 */
async function settleQuestion(tx: TTx, gameId: string, index: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE "GamePlayer" SET
      "score" = "score" + COALESCE((SELECT a."points" + a."bonus" FROM "GameAnswer" a
        WHERE a."gamePlayerId" = "GamePlayer"."id" AND a."questionIndex" = ${index}), 0),
      "accuracyScore" = "accuracyScore" + COALESCE((SELECT a."accuracyPoints" FROM "GameAnswer" a
        WHERE a."gamePlayerId" = "GamePlayer"."id" AND a."questionIndex" = ${index}), 0),
      "correctCount" = "correctCount" + COALESCE((SELECT CASE WHEN a."correct" THEN 1 ELSE 0 END FROM "GameAnswer" a
        WHERE a."gamePlayerId" = "GamePlayer"."id" AND a."questionIndex" = ${index}), 0),
      "streak" = COALESCE((SELECT CASE WHEN a."correct" THEN "GamePlayer"."streak" + 1 ELSE 0 END FROM "GameAnswer" a
        WHERE a."gamePlayerId" = "GamePlayer"."id" AND a."questionIndex" = ${index}), 0)
    WHERE "gameId" = ${gameId}`;
}

/**
 * Writes `next` if the game is still at `from`'s version; undefined when another step came first. A live
 * question that closes (reveal, or the game ends while it is open) is settled in the same transaction.
 */
export async function saveTransition(
  handle: TDbHandle,
  from: TGameState,
  next: TGameState,
  now: Date = new Date(),
): Promise<TGameRow | undefined> {
  const leavesQuestion =
    from.mode === "live" &&
    (from.status === "question" || from.status === "paused") &&
    (next.status === "reveal" || next.status === "ended");
  return handle.db.$transaction(async (tx) => {
    const written = await tx.game.updateMany({
      where: { id: from.id, version: from.version },
      data: {
        status: next.status,
        currentIndex: next.currentIndex,
        questionStartedAt: date(next.questionStartedAt),
        questionEndsAt: date(next.questionEndsAt),
        pausedRemainingMs: next.pausedRemainingMs,
        locked: next.locked,
        version: next.version,
        ...(next.status === "ended" ? { endedAt: now } : {}),
      },
    });
    if (written.count !== 1) return undefined;
    if (leavesQuestion) await settleQuestion(tx, from.id, from.currentIndex);
    return tx.game.findUniqueOrThrow({ where: { id: from.id } });
  });
}

/** Marks the game's scores as posted to its group's board; false when another instance already did. */
export async function markGamePosted(db: TDb, gameId: string, now: Date = new Date()): Promise<boolean> {
  return (await db.game.updateMany({ where: { id: gameId, postedAt: null }, data: { postedAt: now } })).count === 1;
}
