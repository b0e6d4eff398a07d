import type { TLeaderboard, TRankedEntry } from "@/lib/leaderboards/types";
import { LOCALE, type TLang } from "@/lib/platform/i18n/lang";
import { translate } from "@/lib/platform/i18n/messages";
import { DataTable, type TColumn } from "@/components/ui/DataTable";

/** Rank, player (with "you" beside the viewer), score and date; the date column hides on a phone. */
function boardColumns(playerId: string | null, lang: TLang): TColumn<TRankedEntry>[] {
  const date = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeZone: "Europe/Berlin" });
  return [
    { key: "rank", header: translate(lang, "boards.rank"), numeric: true, cell: (entry) => entry.rank },
    {
      key: "player",
      header: translate(lang, "boards.player"),
      cellClassName: "board-name",
      cell: (entry) => (
        <>
          {entry.nickname} {entry.playerId === playerId && <span className="muted">{translate(lang, "boards.you")}</span>}
        </>
      ),
    },
    {
      key: "score",
      header: translate(lang, "boards.score"),
      numeric: true,
      cell: (entry) => entry.score.toLocaleString(LOCALE[lang]),
    },
    {
      key: "when",
      header: translate(lang, "boards.when"),
      className: "board-when",
      cellClassName: "muted",
      cell: (entry) => date.format(new Date(entry.achievedAt)),
    },
  ];
}

/** The top of a board, and the viewer's own place with neighbours when they are further down. */
export function LeaderboardTable({
  board,
  playerId,
  lang,
  caption,
}: {
  board: TLeaderboard;
  playerId: string | null;
  lang: TLang;
  caption: string;
}) {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(lang, key, values);
  const onTop = board.entries.some((entry) => entry.playerId === playerId);
  const columns = boardColumns(playerId, lang);
  const table = (entries: TRankedEntry[], tableCaption: string) => (
    <DataTable
      columns={columns}
      rows={entries}
      rowKey={(entry) => entry.playerId}
      caption={tableCaption}
      isCurrent={(entry) => entry.playerId === playerId}
    />
  );
  return (
    <>
      <p className="muted">
        {t("boards.players", { count: board.totalPlayers })}
        {board.me ? ` · ${t("boards.yourRank", { rank: board.me.rank, total: board.totalPlayers })}` : ""}
      </p>
      {board.entries.length ? table(board.entries, caption) : <p>{t("boards.empty")}</p>}
      {board.me && !onTop && (
        <>
          <h3 style={{ marginTop: "1rem" }}>{t("boards.aroundYou")}</h3>
          {table(board.me.neighbours, t("boards.aroundYou"))}
        </>
      )}
      {playerId && !board.me && board.entries.length > 0 && <p className="muted">{t("boards.notOnBoard")}</p>}
    </>
  );
}
