// /api/attempts/[id]/post (POST): the endpoint its route file serves.
import { attemptBoardEntry, postAttempt } from "@/lib/attempts/use-cases/post-attempt";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { publishLeaderboardChange } from "@/lib/leaderboards/use-cases/board-events";
import { attemptOfRequest } from "@/lib/attempts/endpoints/access";
import { applyNickname } from "@/lib/players/endpoints/apply-nickname";
import { ZPostAttempt } from "@/lib/attempts/schemas";

/**
 * Puts a finished attempt's server-computed score on the leaderboards (once; a repeat is a no-op). A player
 * without a nickname must give one. Nothing in the body can change the score. A quiz too short for the boards,
 * or answered faster than a person can read, is refused (409) with the reason.
 */
export async function postAttemptEndpoint(request: Request, id: string): Promise<Response> {
  const parsed = await readJson(request, ZPostAttempt);
  if (!parsed.ok) return parsed.response;
  const found = await attemptOfRequest(request, id);
  if (!found.ok) return found.response;
  const limited = await rateLimit("post", { player: found.player.id, address: clientAddress(request) });
  if (limited) return limited;
  if (!found.attempt.finishedAt) return apiError(409, "attempt_not_finished", "answer every question before posting the score");

  const entry = await attemptBoardEntry(getDb(), await getQuestionBank(), found.attempt);
  if (!entry.eligible) {
    const lang = await getLang();
    return entry.reason === "too_short"
      ? apiError(409, "too_short_for_boards", translate(lang, "err.boardTooShort", { needed: entry.needed }))
      : apiError(409, "too_fast_for_boards", translate(lang, "err.boardTooFast", { count: entry.tooFast }));
  }

  let player = found.player;
  if (parsed.data.nickname !== undefined) {
    const named = await applyNickname(player, parsed.data.nickname);
    if (!named.ok) return named.response;
    player = named.player;
  }
  if (!player.nickname) {
    const message = translate(await getLang(), "err.nicknameRequired");
    return apiError(400, "nickname_required", message, [{ field: "nickname", message }]);
  }

  const result = await postAttempt(getDbHandle(), found.attempt, entry);
  if (result.posted) await publishLeaderboardChange({ setId: found.attempt.setId, playerId: player.id });
  return Response.json(
    { ...result, nickname: player.nickname, score: found.attempt.score, boardScore: entry.score },
    { headers: { "Cache-Control": "no-store" } },
  );
}
