import type { Metadata } from "next";
import { CreateGameForm } from "@/components/live/CreateGameForm";
import { fetchSets } from "@/lib/sets/use-cases/set-pages";
import { translate, type TMessageKey } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { appBaseUrl } from "@/lib/games/endpoints/join-url";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translate(await getLang(), "live.classroom.title") };
}

/** The teacher's entry: what a live game is, and the form to create one (or an assignment). */
export default async function ClassroomPage() {
  const lang = await getLang();
  const t = (key: TMessageKey, values?: Record<string, string>) => translate(lang, key, values);
  const [sets, base] = await Promise.all([fetchSets(), appBaseUrl()]);
  return (
    <div className="classroom">
      <h1>{t("live.classroom.title")}</h1>
      <p className="lead">{t("live.classroom.intro")}</p>
      <div className="classroom-grid">
        <CreateGameForm sets={sets.filter((set) => set.questionCount > 0)} />
        <section className="card" aria-labelledby="steps-title">
          <h2 id="steps-title">{t("live.classroom.steps")}</h2>
          <ol className="steps">
            <li>{t("live.classroom.step1")}</li>
            <li>{t("live.classroom.step2", { url: `${base.replace(/^https?:\/\//, "")}/join` })}</li>
            <li>{t("live.classroom.step3")}</li>
          </ol>
          <p className="muted">{t("live.classroom.assignmentText")}</p>
        </section>
      </div>
    </div>
  );
}
