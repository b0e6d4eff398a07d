import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { CreateGameForm } from "@/components/live/CreateGameForm";
import { TeacherAuthForms } from "@/components/classroom/TeacherAuthForms";
import { TeacherBar } from "@/components/classroom/TeacherBar";
import { ClaimBanner } from "@/components/classroom/ClaimBanner";
import { CreateClassForm } from "@/components/classroom/CreateClassForm";
import { TeacherGameList } from "@/components/classroom/TeacherGameList";
import { ClassReportLink } from "@/components/class-reports/ClassReportLink";
import { fetchSets } from "@/lib/sets/use-cases/set-pages";
import { translate, type TMessageKey } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { appBaseUrl } from "@/lib/games/endpoints/join-url";
import { HOST_COOKIE } from "@/lib/games/endpoints/session";
import { currentTeacher } from "@/lib/teachers/endpoints/session";
import { loadDashboard } from "@/lib/teachers/use-cases/dashboard";
import { getDb } from "@/lib/platform/db/client";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translate(await getLang(), "live.classroom.title") };
}

/**
 * The teacher's place. Signed out: what a live game is, signing in or up, and a game without an account. Signed
 * in: the dashboard — classes, live games and assignments with their reports, and a new game for a class.
 */
export default async function ClassroomPage() {
  const lang = await getLang();
  const t = (key: TMessageKey, values?: Record<string, string | number>) => translate(lang, key, values);
  const [sets, base, teacher] = await Promise.all([fetchSets(), appBaseUrl(), currentTeacher()]);
  const playable = sets.filter((set) => set.questionCount > 0);
  const steps = (
    <section className="card" aria-labelledby="steps-title">
      <h2 id="steps-title">{t("live.classroom.steps")}</h2>
      <ol className="steps">
        <li>{t("live.classroom.step1")}</li>
        <li>{t("live.classroom.step2", { url: `${base.replace(/^https?:\/\//, "")}/join` })}</li>
        <li>{t("live.classroom.step3")}</li>
      </ol>
      <p className="muted">{t("live.classroom.assignmentText")}</p>
    </section>
  );

  if (!teacher) {
    return (
      <div className="classroom">
        <h1>{t("live.classroom.title")}</h1>
        <p className="lead">{t("live.classroom.intro")}</p>
        <div className="classroom-grid">
          <TeacherAuthForms />
          {steps}
        </div>
        <div className="classroom-grid">
          <CreateGameForm sets={playable} />
        </div>
      </div>
    );
  }

  const dashboard = await loadDashboard(getDb(), teacher.id, lang, (await cookies()).get(HOST_COOKIE)?.value);
  return (
    <div className="classroom dashboard">
      <h1>{t("dashboard.title")}</h1>
      <TeacherBar teacher={teacher} />
      <ClaimBanner unclaimedGames={dashboard.unclaimedGames} />
      <div className="classroom-grid">
        <CreateGameForm sets={playable} classes={dashboard.classes.map(({ id, name }) => ({ id, name }))} />
        <section aria-labelledby="classes-title">
          <h2 id="classes-title">{t("dashboard.classes")}</h2>
          {dashboard.classes.length ? (
            <ul className="teacher-classes">
              {dashboard.classes.map((group) => (
                <li key={group.id} className="card teacher-class">
                  <div>
                    <h3>{group.name}</h3>
                    <p className="muted">
                      {t("groups.members", { count: group.memberCount })} · {t("class.joinCode")}{" "}
                      <strong className="join-code-inline">{group.joinCode}</strong>
                    </p>
                  </div>
                  <div className="teacher-game-actions">
                    <Link className="btn btn-secondary" href={`/classroom/classes/${group.id}`}>
                      {t("dashboard.manage")}
                    </Link>
                    <ClassReportLink groupId={group.id} />
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("dashboard.noClasses")}</p>
          )}
          <CreateClassForm />
        </section>
      </div>
      <section aria-labelledby="live-title">
        <h2 id="live-title">{t("dashboard.liveGames")}</h2>
        <TeacherGameList games={dashboard.liveGames} label={t("dashboard.liveGames")} />
      </section>
      <section aria-labelledby="assignments-title">
        <h2 id="assignments-title">{t("dashboard.assignments")}</h2>
        <TeacherGameList games={dashboard.assignments} label={t("dashboard.assignments")} />
      </section>
      {steps}
    </div>
  );
}
