import { notFound } from "next/navigation";
import { BoardFilters } from "@/components/boards/BoardFilters";
import Link from "next/link";
import { LeaderboardTable } from "@/components/boards/LeaderboardTable";
import { LiveRefresh } from "@/components/boards/LiveRefresh";
import { fetchBoardPage } from "@/lib/leaderboards/use-cases/board-pages";
import { currentPlayer } from "@/lib/players/endpoints/session";
import { getDb } from "@/lib/platform/db/client";
import { findGroup, isClassOwner } from "@/lib/classes/queries/groups";
import { currentTeacher } from "@/lib/teachers/endpoints/session";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";

export const dynamic = "force-dynamic";

export default async function GroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ groupId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const lang = await getLang();
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(lang, key, values);
  const { groupId } = await params;
  const group = /^[0-9a-f-]{36}$/.test(groupId) ? await findGroup(getDb(), groupId) : undefined;
  if (!group) notFound();
  const page = await fetchBoardPage(await searchParams, lang, await currentPlayer(), group.id);
  // Anyone with the link sees this page; the join code and the roster are on the teacher's own page.
  const teacher = await currentTeacher();
  const owned = await isClassOwner(getDb(), group.id, teacher?.id);
  return (
    <>
      <h1>{group.name}</h1>
      <p className="muted">
        {group.memberCount === 1 ? t("groups.member") : t("groups.members", { count: group.memberCount })} ·{" "}
        {t(group.scoring === "speed" ? "groups.scoringSpeed" : "groups.scoringAccuracy")}
      </p>
      {owned && (
        <p>
          <Link className="btn btn-secondary" href={`/classroom/classes/${group.id}`}>
            {t("dashboard.manage")}
          </Link>
        </p>
      )}
      <h2>{t("groups.board")}</h2>
      <BoardFilters sets={page.setOptions} groups={[]} set={page.set} period={page.period} group="" showScope={false} />
      <LiveRefresh renderedAt={page.readAt} />
      <LeaderboardTable board={page.board} playerId={page.playerId} lang={lang} caption={`${t("groups.board")}: ${group.name}`} />
    </>
  );
}
