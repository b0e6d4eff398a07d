// Applies a nickname to the current player, or says (in the player's language) why it is refused.
import "server-only";
import { getDb } from "@/lib/platform/db/client";
import { renamePlayer } from "@/lib/players/use-cases/rename-player";
import { type TPlayer } from "@/lib/players/types";
import { apiError } from "@/lib/platform/http/errors";
import { getLang } from "@/lib/platform/i18n/server";
import { checkNickname, NICKNAME_MESSAGES, NICKNAME_TAKEN, nicknameStatus } from "@/lib/players/rules/nickname";
import { publishLeaderboardChange } from "@/lib/leaderboards/use-cases/board-events";
import { forgetPlayer } from "@/lib/players/use-cases/player-cache";
import { NicknameTakenError } from "@/lib/players/queries/players";

export async function applyNickname(
  player: TPlayer,
  input: string,
): Promise<{ ok: true; player: TPlayer } | { ok: false; response: Response }> {
  const checked = checkNickname(input);
  if (!checked.ok) {
    const message = NICKNAME_MESSAGES[checked.problem][await getLang()];
    const status = nicknameStatus(checked.problem);
    return { ok: false, response: apiError(status, `nickname_${checked.problem}`, message, [{ field: "nickname", message }]) };
  }
  if (checked.nickname === player.nickname) return { ok: true, player };
  forgetPlayer(player.id);
  const renamed = await renamePlayer(getDb(), player.id, checked.nickname).catch((error: unknown) => {
    if (error instanceof NicknameTakenError) return error;
    throw error;
  });
  if (renamed instanceof NicknameTakenError) {
    const message = NICKNAME_TAKEN[await getLang()];
    return { ok: false, response: apiError(409, "nickname_taken", message, [{ field: "nickname", message }]) };
  }
  await publishLeaderboardChange({ playerId: player.id });
  return { ok: true, player: renamed };
}
