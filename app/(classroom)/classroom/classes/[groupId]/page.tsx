import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassTeacherPanel } from "@/components/classroom/ClassTeacherPanel";
import { ClassRoster } from "@/components/classroom/ClassRoster";
import { CreateGameForm } from "@/components/live/CreateGameForm";
import { ClassReportLink } from "@/components/class-reports/ClassReportLink";
import { getDb } from "@/lib/platform/db/client";
import { findOwnedGroup, groupsOfTeacher } from "@/lib/classes/queries/groups";
import { classRoster } from "@/lib/classes/queries/roster";
import { fetchSets } from "@/lib/sets/use-cases/set-pages";
import { appBaseUrl } from "@/lib/games/endpoints/join-url";
import { translate, type TMessageKey } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { currentTeacher } from "@/lib/teachers/endpoints/session";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false } };

/** A class for its teacher: join code, roster, a game for the class. Anyone else: the class does not exist. */
export default async function ClassPage({ params }: { params: Promise<{ groupId: string }> }) {
  const [{ groupId }, lang, teacher] = await Promise.all([params, getLang(), currentTeacher()]);
  const t = (key: TMessageKey, values?: Record<string, string | number>) => translate(lang, key, values);
  if (!teacher)
    return (
      <div className="card" role="alert">
        <p>{t("class.signInFirst")}</p>
        <Link className="btn btn-primary" href="/classroom">
          {t("teacher.signIn")}
        </Link>
      </div>
    );
  const group = await findOwnedGroup(getDb(), groupId, teacher.id);
  if (!group) notFound();
  const [members, sets, base, classes] = await Promise.all([
    classRoster(getDb(), group.id),
    fetchSets(),
    appBaseUrl(),
    groupsOfTeacher(getDb(), teacher.id),
  ]);
  return (
    <div className="classroom class-page">
      <p>
        <Link href="/classroom">← {t("dashboard.title")}</Link>
      </p>
      <h1>{group.name}</h1>
      <p className="muted">
        {t("groups.members", { count: group.memberCount })} ·{" "}
        {t(group.scoring === "speed" ? "groups.scoringSpeed" : "groups.scoringAccuracy")} ·{" "}
        <Link href={`/groups/${group.id}`}>{t("groups.board")}</Link>
      </p>
      <p>
        <ClassReportLink groupId={group.id} className="btn btn-primary" />
      </p>
      <div className="classroom-grid">
        <ClassTeacherPanel group={group} joinUrl={`${base.replace(/^https?:\/\//, "")}/groups`} />
        <CreateGameForm
          sets={sets.filter((set) => set.questionCount > 0)}
          classes={classes.map(({ id, name }) => ({ id, name }))}
          initialClassId={group.id}
        />
      </div>
      <ClassRoster groupId={group.id} members={members} />
    </div>
  );
}
