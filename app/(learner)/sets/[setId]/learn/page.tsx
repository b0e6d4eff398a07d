import { notFound } from "next/navigation";
import { LearnSession } from "@/components/learn/LearnSession";
import { fetchLearnFacts } from "@/lib/data/learn";
import { fetchSet } from "@/lib/data/sets";
import { translate } from "@/lib/i18n/messages";
import { getLang } from "@/lib/i18n/server";
import "../../../learn.css";
import { setPageMetadata } from "../set-metadata";

export const dynamic = "force-dynamic";

export function generateMetadata({ params }: { params: Promise<{ setId: string }> }) {
  return setPageMetadata(params, "set.learn");
}

/** Learn one set's facts: its due cards, then its new ones. */
export default async function SetLearnPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const [lang, set] = await Promise.all([getLang(), fetchSet(setId)]);
  if (!set) notFound();
  const facts = await fetchLearnFacts(set.factIds);
  return <LearnSession facts={facts} setId={set.id} title={`${translate(lang, "set.learn")}: ${set.title[lang]}`} />;
}
