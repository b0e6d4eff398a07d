"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { THostSnapshot } from "@/lib/games/events";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { StandingsTable } from "@/components/live/StandingsTable";
import { playFanfare } from "./sounds";

/**
 * The end: the podium first (third, second, then first rise in turn, with a fanfare when sound is on; at once
 * and still for those who prefer reduced motion), then on request the full results and the report.
 */
export function HostPodium({ gameId, final, sound }: { gameId: string; final: THostSnapshot["final"]; sound: boolean }) {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const standings = final?.standings ?? [];
  const hasWinner = standings.length > 0;
  // Once, when the podium appears (not when sound is switched on later).
  const fanfareDone = useRef(false);
  useEffect(() => {
    if (fanfareDone.current || !hasWinner) return;
    fanfareDone.current = true;
    if (sound) playFanfare();
  }, [hasWinner, sound]);
  const podium = standings.slice(0, 3);
  // Second, first, third: the classic podium with the winner in the middle.
  const order = [podium[1], podium[0], podium[2]].filter((standing) => standing !== undefined);
  // They rise from the last place shown to the first, one after the other (a podium of one rises at once).
  const riseDelay = (rank: number) => `${0.2 + 0.7 * podium.filter((other) => other.rank > rank).length}s`;
  return (
    <section aria-labelledby="podium-title" className="host-final">
      <h1 id="podium-title" className="projector-title">
        {t("live.host.podium")}
      </h1>
      <ol className="podium" data-testid="podium">
        {order.map((standing) => (
          <li
            key={standing.id}
            className={`podium-step place-${Math.min(standing.rank, 3)}`}
            style={{ animationDelay: riseDelay(standing.rank) }}
            aria-label={`${t("live.host.place", { rank: standing.rank })}: ${standing.nickname}, ${standing.score}`}
          >
            <span className="podium-name">{standing.nickname}</span>
            <span className="podium-score">{standing.score}</span>
            <span className="podium-block" aria-hidden="true">
              {standing.rank}
            </span>
          </li>
        ))}
      </ol>
      <div className="host-controls">
        <button
          type="button"
          className="btn btn-secondary btn-large"
          aria-expanded={showAll}
          aria-controls="full-results"
          onClick={() => setShowAll((shown) => !shown)}
        >
          {t("live.host.fullResults")}
        </button>
        <Link className="btn btn-primary btn-large" href={`/host/${gameId}/report`}>
          {t("live.host.report")}
        </Link>
      </div>
      <div id="full-results" hidden={!showAll}>
        <StandingsTable
          rows={standings}
          labels={{
            caption: t("live.host.fullResults"),
            rank: t("live.report.rank"),
            nickname: t("live.report.nickname"),
            score: t("live.report.score"),
            correct: t("live.report.correct"),
          }}
        />
        {final && final.playerCount > standings.length && (
          <p className="muted">{t("live.host.more", { count: final.playerCount - standings.length })}</p>
        )}
      </div>
    </section>
  );
}
