// Applies a nickname to the current player, or says (in the player's language) why it is refused.
import "server-only";
import { getDb } from "../db/client";
import { setNickname, type TPlayer } from "../db/players";
import { apiError } from "../http/errors";
import { getLang } from "../i18n/server";
import { checkNickname, NICKNAME_MESSAGES, nicknameStatus } from "../players/nickname";
import { publishLeaderboardChange } from "../realtime/leaderboard-events";
import { forgetPlayer } from "./player-cache";

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
  const renamed = await setNickname(getDb(), player.id, checked.nickname);
  await publishLeaderboardChange({ playerId: player.id });
  return { ok: true, player: renamed };
}
