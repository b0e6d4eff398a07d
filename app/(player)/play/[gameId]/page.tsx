import type { Metadata } from "next";
import { PlayerGame } from "@/components/live/player/PlayerGame";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translate(await getLang(), "live.join.title"), robots: { index: false } };
}

/** A student's phone during a game or an assignment. */
export default async function PlayPage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <PlayerGame gameId={gameId} />;
}
