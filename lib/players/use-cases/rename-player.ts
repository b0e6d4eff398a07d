// Renames a player, on the boards this instance holds as well (other instances hear it from the bus).
import type { TDb } from "@/lib/platform/db/client";
import { refreshPlayerOnBoards } from "@/lib/leaderboards/use-cases/board-cache";
import { setNickname } from "@/lib/players/queries/players";
import type { TPlayer } from "@/lib/players/types";

export async function renamePlayer(db: TDb, playerId: string, nickname: string): Promise<TPlayer> {
  const player = await setNickname(db, playerId, nickname);
  await refreshPlayerOnBoards(db, playerId);
  return player;
}
