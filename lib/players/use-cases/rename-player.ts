// Renames a player, on the boards this instance holds as well (other instances hear it from the bus).
import type { TDb } from "@/lib/platform/db/client";
import { refreshPlayerOnBoards } from "@/lib/leaderboards/use-cases/board-cache";
import { NicknameTakenError, playersWithoutNicknameKey, setNickname } from "@/lib/players/queries/players";
import { nicknameKey } from "@/lib/players/rules/nickname-key";
import { NICKNAME_MAX } from "@/lib/players/rules/nickname";
import type { TPlayer } from "@/lib/players/types";

/** NicknameTakenError when another player's nickname looks the same ("Anna", "anna", "Аnna" with a Cyrillic А). */
export async function renamePlayer(db: TDb, playerId: string, nickname: string): Promise<TPlayer> {
  const player = await setNickname(db, playerId, nickname, nicknameKey(nickname));
  await refreshPlayerOnBoards(db, playerId);
  return player;
}

/**
 * Gives every nickname set before keys were kept its key (once, at start). Of two that look the same, the one
 * that came first keeps its name; a later one gets a number ("Anna 2"), so no two look alike on a board.
 */
export async function backfillNicknameKeys(db: TDb): Promise<number> {
  const rows = await playersWithoutNicknameKey(db);
  for (const row of rows) {
    for (let suffix = 1; ; suffix++) {
      const nickname = suffix === 1 ? row.nickname! : `${row.nickname!.slice(0, NICKNAME_MAX - 3)} ${suffix}`;
      try {
        await setNickname(db, row.id, nickname, nicknameKey(nickname));
        break;
      } catch (error) {
        if (!(error instanceof NicknameTakenError) || suffix > 50) throw error;
      }
    }
  }
  return rows.length;
}
