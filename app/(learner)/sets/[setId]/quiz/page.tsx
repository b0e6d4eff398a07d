import { notFound } from "next/navigation";
import { QuizRunner } from "@/components/quiz/QuizRunner";
import { NeedsConnection } from "@/components/shell/NeedsConnection";
import { fetchSet } from "@/lib/sets/use-cases/set-pages";
import { getLang } from "@/lib/platform/i18n/server";

export const dynamic = "force-dynamic";

export default async function QuizPage({
  params,
  searchParams,
}: {
  params: Promise<{ setId: string }>;
  searchParams: Promise<{ new?: string; group?: string; seed?: string; retry?: string; mode?: string }>;
}) {
  const [{ setId }, query, lang] = await Promise.all([params, searchParams, getLang()]);
  const set = await fetchSet(setId);
  if (!set) notFound();
  const groupId = query.group && /^[0-9a-f-]{36}$/.test(query.group) ? query.group : undefined;
  const seed = query.seed && /^\d{1,9}$/.test(query.seed) ? Number(query.seed) : undefined;
  // "Fehler üben": a new quiz of the questions missed in that finished attempt (the server checks whose it is).
  const retryOf = query.retry && /^[0-9a-f-]{36}$/.test(query.retry) ? query.retry : undefined;
  return (
    <>
      <NeedsConnection />
      <QuizRunner
        setId={set.id}
        setTitle={set.title[lang]}
        restart={query.new === "1"}
        groupId={groupId}
        seed={seed}
        retryOf={retryOf}
        write={query.mode === "write"}
      />
    </>
  );
}
