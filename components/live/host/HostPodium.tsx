"use client";

import Link from "next/link";
import { useState } from "react";
import type { THostSnapshot } from "@/lib/games/events";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { StandingsTable } from "@/components/live/StandingsTable";

/** The end: the podium first, then on request the full results and the report. */
export function HostPodium({ gameId, final }: { gameId: string; final: THostSnapshot["final"] }) {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const standings = final?.standings ?? [];
  const podium = standings.slice(0, 3);
  // Second, first, third: the classic podium with the winner in the middle.
  const order = [podium[1], podium[0], podium[2]].filter((standing) => standing !== undefined);
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
