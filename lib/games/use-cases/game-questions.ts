// A game's questions as everyone in it sees them: with the game's sealed ids (lib/answering/rules/seal.ts), so
// that no id a player got elsewhere (learn cards, another game, the open fact base) names a question or an
// option here. The room grades, reveals and stores answers in these ids; the report reads them back the same way.
import type { TDb } from "@/lib/platform/db/client";
import { appSecret } from "@/lib/platform/db/app-secret";
import { createSeal, sealQuestion } from "@/lib/answering/rules/seal";
import type { TStoredQuestion } from "@/questions/types";
import { gameQuestionsById } from "@/lib/games/queries/game-questions";
import { gameQuestionIds, type TGameRow } from "@/lib/games/queries/games";

export async function sealedGameQuestions(db: TDb, game: TGameRow): Promise<Array<TStoredQuestion | undefined>> {
  const seal = createSeal(await appSecret(db, "seal"), `game:${game.id}`);
  const questions = await gameQuestionsById(db, gameQuestionIds(game));
  return questions.map((question) => question && sealQuestion(question, seal));
}
