import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { HostConsole } from "@/components/live/host/HostConsole";
import { HandoverButton } from "@/components/classroom/HandoverButton";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { joinLink } from "@/lib/games/endpoints/join-url";
import { isGameHost, loadGame } from "@/lib/games/endpoints/session";
import { gameSettings } from "@/lib/games/queries/games";
import { gameTitle } from "@/lib/games/rules/title";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false } };

/** The host's screen: its teacher (signed in), the browser that created it or a device it was handed to. */
export default async function HostPage({ params }: { params: Promise<{ gameId: string }> }) {
  const [{ gameId }, lang] = await Promise.all([params, getLang()]);
  const loaded = await loadGame(gameId);
  if (!loaded.ok) notFound();
  const { game } = loaded;
  if (!(await isGameHost(undefined, game))) {
    return (
      <div className="card" role="alert">
        <p>{translate(lang, "live.host.notHost")}</p>
        <p className="class-panel-actions">
          <Link className="btn btn-primary" href="/classroom">
            {translate(lang, "teacher.signIn")}
          </Link>
          <Link className="btn btn-secondary" href="/host/connect">
            {translate(lang, "handover.connect")}
          </Link>
        </p>
      </div>
    );
  }
  const { sets } = await getQuestionBank();
  const link = await joinLink(game.pin ?? "");
  return (
    <HostConsole
      gameId={game.id}
      join={{ pin: game.pin, ...link }}
      setTitle={gameTitle({ setId: game.setId, practice: gameSettings(game).practice }, sets)?.[lang] ?? game.setId}
      presentation={game.mode === "live"}
      tools={game.status !== "ended" ? <HandoverButton gameId={game.id} /> : undefined}
    />
  );
}
