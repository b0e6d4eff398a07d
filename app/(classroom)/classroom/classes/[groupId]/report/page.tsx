import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import "@/components/class-reports/class-reports.css";
import { ClassReportView } from "@/components/class-reports/ClassReportView";
import { getDb } from "@/lib/platform/db/client";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { findOwnedGroup } from "@/lib/classes/queries/groups";
import { loadClassReport } from "@/lib/class-reports/use-cases/class-report";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { currentTeacher } from "@/lib/teachers/endpoints/session";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ groupId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: translate(await getLang(), "classReport.link"), robots: { index: false } };
}

/** A class's report across its games and assignments, for its teacher; another teacher's class does not exist. */
export default async function ClassReportPage({ params }: TParams) {
  const [{ groupId }, lang, teacher] = await Promise.all([params, getLang(), currentTeacher()]);
  if (!teacher) {
    return (
      <div className="card" role="alert">
        <p>{translate(lang, "classReport.signIn")}</p>
        <p>
          <Link href="/classroom">{translate(lang, "classReport.signInLink")}</Link>
        </p>
      </div>
    );
  }
  const group = await findOwnedGroup(getDb(), groupId, teacher.id);
  if (!group) notFound();
  const [report, bank] = await Promise.all([loadClassReport(getDb(), group), getQuestionBank()]);
  const setTitles = Object.fromEntries(bank.sets.map((set) => [set.id, set.title[lang]]));
  return <ClassReportView report={report} lang={lang} setTitles={setTitles} classPath={`/classroom/classes/${group.id}`} />;
}
