import type { TLeaderboard, TRankedEntry } from "@/lib/leaderboards/types";
import { LOCALE, type TLang } from "@/lib/platform/i18n/lang";
import { translate } from "@/lib/platform/i18n/messages";

function Rows({ entries, playerId, lang }: { entries: TRankedEntry[]; playerId: string | null; lang: TLang }) {
  const date = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeZone: "Europe/Berlin" });
  return (
    <>
      {entries.map((entry) => {
        const me = entry.playerId === playerId;
        return (
          <tr key={entry.playerId} className={me ? "is-me" : undefined} aria-current={me ? "true" : undefined}>
            <td className="num">{entry.rank}</td>
            <td className="board-name">
              {entry.nickname} {me && <span className="muted">{translate(lang, "boards.you")}</span>}
            </td>
            <td className="num">{entry.score.toLocaleString(LOCALE[lang])}</td>
            <td className="muted board-when">{date.format(new Date(entry.achievedAt))}</td>
          </tr>
        );
      })}
    </>
  );
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
  const head = (
    <thead>
      <tr>
        <th scope="col" className="num">
          {t("boards.rank")}
        </th>
        <th scope="col">{t("boards.player")}</th>
        <th scope="col" className="num">
          {t("boards.score")}
        </th>
        <th scope="col" className="board-when">
          {t("boards.when")}
        </th>
      </tr>
    </thead>
  );
  return (
    <>
      <p className="muted">
        {t("boards.players", { count: board.totalPlayers })}
        {board.me ? ` · ${t("boards.yourRank", { rank: board.me.rank, total: board.totalPlayers })}` : ""}
      </p>
      {board.entries.length ? (
        <table>
          <caption className="visually-hidden">{caption}</caption>
          {head}
          <tbody>
            <Rows entries={board.entries} playerId={playerId} lang={lang} />
          </tbody>
        </table>
      ) : (
        <p>{t("boards.empty")}</p>
      )}
      {board.me && !onTop && (
        <>
          <h3 style={{ marginTop: "1rem" }}>{t("boards.aroundYou")}</h3>
          <table>
            <caption className="visually-hidden">{t("boards.aroundYou")}</caption>
            {head}
            <tbody>
              <Rows entries={board.me.neighbours} playerId={playerId} lang={lang} />
            </tbody>
          </table>
        </>
      )}
      {playerId && !board.me && board.entries.length > 0 && <p className="muted">{t("boards.notOnBoard")}</p>}
    </>
  );
}
