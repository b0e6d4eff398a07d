import Link from "next/link";
import { JoinGroupForm } from "@/components/boards/GroupForms";
import { getDb } from "@/lib/platform/db/client";
import { groupsOfPlayer } from "@/lib/classes/queries/groups";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { currentPlayer } from "@/lib/players/endpoints/session";

export const dynamic = "force-dynamic";

export default async function GroupsPage() {
  const lang = await getLang();
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(lang, key, values);
  const player = await currentPlayer();
  const groups = player ? await groupsOfPlayer(getDb(), player.id) : [];
  return (
    <>
      <h1>{t("groups.title")}</h1>
      <p className="muted">{t("groups.intro")}</p>
      <h2>{t("groups.mine")}</h2>
      {groups.length ? (
        <ul className="grid-cards" style={{ listStyle: "none", padding: 0 }}>
          {groups.map((group) => (
            <li key={group.id} className="card">
              <h3 style={{ margin: 0 }}>{group.name}</h3>
              <p className="muted">
                {group.memberCount === 1 ? t("groups.member") : t("groups.members", { count: group.memberCount })} ·{" "}
                {t(group.scoring === "speed" ? "groups.scoringSpeed" : "groups.scoringAccuracy")}
              </p>
              <Link href={`/groups/${group.id}`} className="btn btn-secondary">
                {t("groups.board")}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("groups.none")}</p>
      )}
      <div className="breakdown" style={{ marginTop: "1.5rem" }}>
        <JoinGroupForm nickname={player?.nickname ?? null} />
        <section className="card">
          <h2 style={{ marginTop: 0 }}>{t("groups.create")}</h2>
          <p>{t("class.studentsJoinHere")}</p>
          <Link href="/classroom" className="btn btn-secondary">
            {t("dashboard.title")}
          </Link>
        </section>
      </div>
    </>
  );
}
