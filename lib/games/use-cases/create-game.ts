// A new live game or assignment from a set: its questions picked, its PIN drawn. Used when a teacher creates one
// and when they start one again with the same settings.
import { randomInt } from "node:crypto";
import type { TDb } from "@/lib/platform/db/client";
import { createGame, type TGameRow } from "@/lib/games/queries/games";
import { NoFreePinError } from "@/lib/games/queries/game-pins";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { pickGameQuestions } from "@/lib/games/rules/pick-questions";
import type { TGameMode, TGameSettings } from "@/lib/games/types";
import { localDate } from "@/lib/platform/time/periods";

export type TGameOrder = {
  mode: TGameMode;
  setId: string;
  settings: Omit<TGameSettings, "questionCount"> & { questionCount: number };
  groupId: string | null;
  ownerId: string | null;
  deadline: Date | null;
  /** Questions chosen beforehand (e.g. a class's weakest facts); otherwise drawn from the set. */
  questionIds?: string[];
};

export type TCreated =
  | { ok: true; game: TGameRow; hostKey: string; questionCount: number }
  | { ok: false; status: number; code: string; message: string; retryAfter?: number };

export async function createGameFromOrder(db: TDb, order: TGameOrder, hostKey: string): Promise<TCreated> {
  const bank = await getQuestionBank();
  const set = bank.sets.find((candidate) => candidate.id === order.setId);
  if (!set) return { ok: false, status: 404, code: "not_found", message: `set "${order.setId}" does not exist` };
  const questionIds =
    order.questionIds ??
    pickGameQuestions({
      set,
      questions: bank.questions,
      count: order.settings.questionCount,
      shuffle: order.settings.shuffle,
      seed: randomInt(1_000_000_000),
      today: localDate(new Date()),
    });
  if (!questionIds.length) return { ok: false, status: 409, code: "empty_set", message: `set "${order.setId}" has no questions` };
  try {
    const { game } = await createGame(
      db,
      {
        mode: order.mode,
        setId: set.id,
        groupId: order.groupId,
        // Assignments give each student their own order (lib/games/rules/player-order.ts).
        settings: {
          ...order.settings,
          questionCount: questionIds.length,
          ...(order.mode === "assignment" ? { ownOrder: true } : {}),
        },
        questionIds,
        deadline: order.deadline,
        ownerId: order.ownerId,
      },
      { hostKey },
    );
    return { ok: true, game, hostKey, questionCount: questionIds.length };
  } catch (error) {
    if (error instanceof NoFreePinError)
      return { ok: false, status: 503, code: "no_free_pin", message: error.message, retryAfter: 60 };
    throw error;
  }
}
