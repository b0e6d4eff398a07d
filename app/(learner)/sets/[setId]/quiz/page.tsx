import { notFound } from "next/navigation";
import { QuizRunner } from "@/components/quiz/QuizRunner";
import { fetchSet } from "@/lib/data/sets";
import { getLang } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export default async function QuizPage({
  params,
  searchParams,
}: {
  params: Promise<{ setId: string }>;
  searchParams: Promise<{ new?: string }>;
}) {
  const [{ setId }, query, lang] = await Promise.all([params, searchParams, getLang()]);
  const set = await fetchSet(setId);
  if (!set) notFound();
  return <QuizRunner setId={set.id} setTitle={set.title[lang]} restart={query.new === "1"} />;
}
