import { notFound } from "next/navigation";
import { LearnSession } from "@/components/learn/LearnSession";
import { fetchLearnCards } from "@/lib/learn/use-cases/learn-data";
import { fetchSet } from "@/lib/sets/use-cases/set-pages";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import "@/app/(learner)/learn.css";
import { setPageMetadata } from "@/app/(learner)/sets/[setId]/set-metadata";

export const dynamic = "force-dynamic";

export function generateMetadata({ params }: { params: Promise<{ setId: string }> }) {
  return setPageMetadata(params, "set.learn");
}

/** Learn one set's facts: its due cards, then its new ones. */
export default async function SetLearnPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const [lang, set] = await Promise.all([getLang(), fetchSet(setId)]);
  if (!set) notFound();
  const facts = await fetchLearnCards(set.factIds);
  return <LearnSession facts={facts} setId={set.id} title={`${translate(lang, "set.learn")}: ${set.title[lang]}`} />;
}
