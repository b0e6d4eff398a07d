// Reads for the leaderboard and group pages. Server only.
import "server-only";
import { getDb } from "@/lib/platform/db/client";
import { groupsOfPlayer } from "@/lib/classes/queries/groups";
import { type TGroup } from "@/lib/classes/types";
import { GLOBAL_SCOPE, OVERALL_SET, type TLeaderboard } from "@/lib/leaderboards/types";
import { getLeaderboard } from "./get-leaderboard";
import type { TLang } from "@/lib/platform/i18n/lang";
import { translate } from "@/lib/platform/i18n/messages";
import type { TPlayer } from "@/lib/players/types";
import { ZLeaderboardQuery } from "@/lib/leaderboards/schemas";
import { fetchSets } from "@/lib/sets/use-cases/set-pages";

export type TBoardPage = {
  board: TLeaderboard;
  playerId: string | null;
  set: string;
  period: "all" | "week" | "day";
  group: string;
  setOptions: Array<{ value: string; label: string }>;
  myGroups: TGroup[];
  /** When the board was read (ms, the server's clock): a change after it makes an open page refresh. */
  readAt: number;
};

/** The board a page asks for in its URL; anything invalid falls back to the default board. */
export async function fetchBoardPage(
  query: Record<string, string | string[] | undefined>,
  lang: TLang,
  player: TPlayer | undefined,
  fixedGroup?: string,
): Promise<TBoardPage> {
  const readAt = Date.now();
  const flat = Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  const parsed = ZLeaderboardQuery.safeParse({
    set: flat.set,
    period: flat.period,
    group: fixedGroup ?? (flat.group || undefined),
  });
  const { set, period, group } = parsed.success ? parsed.data : { set: OVERALL_SET, period: "all" as const, group: fixedGroup };
  const sets = await fetchSets();
  const knownSet = set === OVERALL_SET || sets.some((candidate) => candidate.id === set) ? set : OVERALL_SET;
  const myGroups = player ? await groupsOfPlayer(getDb(), player.id) : [];
  const board = await getLeaderboard(
    getDb(),
    { scope: group ?? GLOBAL_SCOPE, setId: knownSet, period },
    { playerId: player?.id },
  );
  return {
    board,
    playerId: player?.id ?? null,
    set: knownSet,
    period,
    group: group ?? "",
    setOptions: [
      { value: OVERALL_SET, label: translate(lang, "boards.allSets") },
      ...sets.map((candidate) => ({ value: candidate.id, label: candidate.title[lang] })),
    ],
    myGroups,
    readAt,
  };
}
