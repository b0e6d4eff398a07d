import Link from "next/link";
import { BoardFilters } from "@/components/boards/BoardFilters";
import { LeaderboardTable } from "@/components/boards/LeaderboardTable";
import { LiveRefresh } from "@/components/boards/LiveRefresh";
import { fetchBoardPage } from "@/lib/leaderboards/use-cases/board-pages";
import { currentPlayer } from "@/lib/players/endpoints/session";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";

export const dynamic = "force-dynamic";

export default async function LeaderboardsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const lang = await getLang();
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const page = await fetchBoardPage(await searchParams, lang, await currentPlayer());
  const setLabel = page.setOptions.find((option) => option.value === page.set)?.label ?? "";
  return (
    <>
      <h1>{t("boards.title")}</h1>
      <p className="muted">{t("boards.intro")}</p>
      <BoardFilters
        sets={page.setOptions}
        groups={page.myGroups.map((group) => ({ value: group.id, label: group.name }))}
        set={page.set}
        period={page.period}
        group={page.group}
        showScope={page.myGroups.length > 0}
      />
      <LiveRefresh renderedAt={page.readAt} />
      <LeaderboardTable board={page.board} playerId={page.playerId} lang={lang} caption={`${t("boards.title")}: ${setLabel}`} />
      <p style={{ marginTop: "1.5rem" }}>
        <Link href="/groups">{t("boards.classes")}</Link>
      </p>
    </>
  );
}
