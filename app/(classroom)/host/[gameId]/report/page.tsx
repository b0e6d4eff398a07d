import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportView } from "@/components/live/ReportView";
import { getDb } from "@/lib/platform/db/client";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { loadGameReport } from "@/lib/games/use-cases/game-report";
import { isGameHost, loadGame } from "@/lib/games/endpoints/session";
import { gameSettings } from "@/lib/games/queries/games";
import { gameTitle } from "@/lib/games/rules/title";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false } };

/** The host's report of a game or assignment (only for the browser that created it). */
export default async function ReportPage({ params }: { params: Promise<{ gameId: string }> }) {
  const [{ gameId }, lang] = await Promise.all([params, getLang()]);
  const loaded = await loadGame(gameId);
  if (!loaded.ok) notFound();
  if (!(await isGameHost(undefined, loaded.game))) {
    return (
      <p className="card" role="alert">
        {translate(lang, "live.host.notHost")}
      </p>
    );
  }
  const [{ report }, bank] = await Promise.all([loadGameReport(getDb(), loaded.game), getQuestionBank()]);
  const { setId } = loaded.game;
  const title = gameTitle({ setId, practice: gameSettings(loaded.game).practice }, bank.sets)?.[lang] ?? setId;
  return <ReportView report={report} lang={lang} setTitle={title} />;
}
