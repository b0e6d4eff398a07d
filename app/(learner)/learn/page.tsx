import { LearnSession } from "@/components/learn/LearnSession";
import { fetchLearnCards } from "@/lib/learn/use-cases/learn-data";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import "@/app/(learner)/learn.css";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const lang = await getLang();
  return { title: `${translate(lang, "learn.titleAll")} – ${translate(lang, "app.name")}` };
}

/** Review: every due card across all sets, then new facts up to the daily limit. */
export default async function LearnPage() {
  const [lang, facts] = await Promise.all([getLang(), fetchLearnCards()]);
  return <LearnSession facts={facts} setId={null} title={translate(lang, "learn.titleAll")} />;
}
