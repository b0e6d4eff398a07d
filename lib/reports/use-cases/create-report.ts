// A report on a question, from any mode. Graded modes name the question by the id their attempt or game sealed;
// it is read back here, and nothing of it goes back to the reporter: the answer is the same whichever question
// it was, so reporting cannot be used to learn which question an id is, let alone its answer.
import { createHash } from "node:crypto";
import type { TDb } from "@/lib/platform/db/client";
import { appSecret } from "@/lib/platform/db/app-secret";
import { secretMatches } from "@/lib/platform/crypto/identity";
import { createSeal, sealedQuestionId } from "@/lib/answering/rules/seal";
import type { TReportInput } from "@/lib/reports/schemas";
import { upsertReport } from "@/lib/reports/queries/reports";
import { questionExists } from "@/lib/reports/queries/questions";

/** Who reports: the app player (cookie), a game player (that game's cookie), and the address for neither. */
export type TReporter = { playerId?: string; gamePlayer?: { id: string; secret: string }; address: string };

export type TReportOutcome =
  { ok: true; merged: boolean } | { ok: false; status: number; code: string; message: string; field?: string };

const notShown = (where: string): TReportOutcome => ({
  ok: false,
  status: 404,
  code: "question_not_found",
  field: "questionId",
  message: `no question with this id was shown in this ${where}; send the id the ${where} gave`,
});

/** The real id behind a sealed one among a scope's questions, by sealing each in turn. */
function unsealId(secret: string, scope: string, questionIds: string[], sealedId: string): string | undefined {
  const seal = createSeal(secret, scope);
  return questionIds.find((id) => sealedQuestionId(seal, id) === sealedId);
}

const addressKey = (address: string) => `address:${createHash("sha256").update(address).digest("hex").slice(0, 32)}`;

export async function createReport(db: TDb, input: TReportInput, reporter: TReporter): Promise<TReportOutcome> {
  let questionId: string | undefined;
  let reporterKey = reporter.playerId ? `player:${reporter.playerId}` : addressKey(reporter.address);

  if (input.mode === "quiz") {
    const attempt = await db.attempt.findUnique({
      where: { id: input.attemptId },
      select: { playerId: true, questionIds: true },
    });
    if (!attempt)
      return { ok: false, status: 404, code: "not_found", field: "attemptId", message: "this attempt does not exist" };
    if (attempt.playerId !== reporter.playerId)
      return { ok: false, status: 403, code: "not_your_attempt", message: "this attempt belongs to another player" };
    const ids = JSON.parse(attempt.questionIds) as string[];
    questionId = unsealId(await appSecret(db, "seal"), `attempt:${input.attemptId}`, ids, input.questionId);
    if (!questionId) return notShown("quiz");
  } else if (input.mode === "live" || input.mode === "assignment") {
    const game = await db.game.findUnique({ where: { id: input.gameId }, select: { questionIds: true } });
    if (!game) return { ok: false, status: 404, code: "not_found", field: "gameId", message: "this game does not exist" };
    const row = reporter.gamePlayer
      ? await db.gamePlayer.findFirst({ where: { id: reporter.gamePlayer.id, gameId: input.gameId } })
      : null;
    if (!row || !secretMatches(reporter.gamePlayer!.secret, row.secretHash))
      return { ok: false, status: 401, code: "not_joined", message: "join the game with its PIN first" };
    reporterKey = row.playerId ? `player:${row.playerId}` : `game-player:${row.id}`;
    const ids = JSON.parse(game.questionIds) as string[];
    questionId = unsealId(await appSecret(db, "seal"), `game:${input.gameId}`, ids, input.questionId);
    if (!questionId) return notShown("game");
  } else {
    if (!(await questionExists(db, input.questionId)))
      return { ok: false, status: 404, code: "question_not_found", field: "questionId", message: "no question has this id" };
    questionId = input.questionId;
  }

  const { merged } = await upsertReport(db, {
    questionId,
    reporterKey,
    mode: input.mode,
    reason: input.reason,
    comment: input.comment || undefined,
  });
  return { ok: true, merged };
}
