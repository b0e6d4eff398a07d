import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HostConsole } from "@/components/live/host/HostConsole";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { joinLink } from "@/lib/games/endpoints/join-url";
import { isGameHost, loadGame } from "@/lib/games/endpoints/session";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false } };

/** The host's screen: only the browser that created the game gets the console. */
export default async function HostPage({ params }: { params: Promise<{ gameId: string }> }) {
  const [{ gameId }, lang] = await Promise.all([params, getLang()]);
  const loaded = await loadGame(gameId);
  if (!loaded.ok) notFound();
  const { game } = loaded;
  if (!(await isGameHost(undefined, game))) {
    return (
      <p className="card" role="alert">
        {translate(lang, "live.host.notHost")}
      </p>
    );
  }
  const set = (await getQuestionBank()).sets.find((candidate) => candidate.id === game.setId);
  const link = await joinLink(game.pin ?? "");
  return (
    <HostConsole
      gameId={game.id}
      join={{ pin: game.pin, ...link }}
      setTitle={set?.title[lang] ?? game.setId}
      presentation={game.mode === "live"}
    />
  );
}
