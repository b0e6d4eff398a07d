"use client";

import Link from "next/link";
import { useState } from "react";
import type { TLang } from "@/lib/platform/i18n/lang";
import { LOCALE } from "@/lib/platform/i18n/lang";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { Field } from "@/components/ui/Field";
import { HostJoinPanel, type TJoinInfo } from "./HostJoinPanel";
import { PlayerChips } from "./PlayerChips";
import type { THostGame } from "./useHostGame";

/** An assignment's page for the teacher: the link to share, who joined and finished, the report. */
export function HostAssignment(props: {
  game: THostGame;
  join: TJoinInfo;
  setTitle: string;
  lang: TLang;
  onKick: (id: string) => void;
  controls: React.ReactNode[];
}) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const snapshot = props.game.snapshot!;
  const deadline = snapshot.game.deadline;
  const ended = snapshot.game.status === "ended";
  const copy = async () => {
    await navigator.clipboard?.writeText(props.join.url).catch(() => undefined);
    setCopied(true);
  };
  return (
    <section aria-labelledby="assignment-title">
      <h1 id="assignment-title">{t("live.host.assignmentTitle", { title: props.setTitle })}</h1>
      {deadline && (
        <p className="lead">
          {t("live.host.deadline", {
            date: new Intl.DateTimeFormat(LOCALE[props.lang], { dateStyle: "full", timeStyle: "short" }).format(deadline),
          })}
        </p>
      )}
      {ended ? (
        <p className="notice-inline">{t("live.host.ended")}</p>
      ) : (
        <>
          <HostJoinPanel join={props.join} compact />
          <Field
            id="share-link"
            label={t("live.host.shareLink")}
            control={(field) => (
              <div className="button-row">
                <input
                  {...field}
                  type="text"
                  readOnly
                  value={props.join.url}
                  className="share-link"
                  onFocus={(event) => event.target.select()}
                />
                <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
                  {copied ? t("live.host.copied") : t("live.host.copy")}
                </button>
              </div>
            )}
          />
        </>
      )}
      <div className="stats">
        <div className="stat">
          <div className="value">{snapshot.lobby.total}</div>
          <div className="label">{t("live.report.players")}</div>
        </div>
        <div className="stat">
          <div className="value" data-testid="finished-count">
            {props.game.finished}
          </div>
          <div className="label">{t("live.host.finishedLabel")}</div>
        </div>
      </div>
      <PlayerChips
        recent={snapshot.lobby.recent}
        total={snapshot.lobby.total}
        onKick={props.onKick}
        disabled={props.game.busy || ended}
      />
      <div className="host-controls" role="group" aria-label={t("live.host.controls")}>
        <Link className="btn btn-primary btn-large" href={`/host/${snapshot.game.id}/report`}>
          {t("live.host.report")}
        </Link>
        {props.controls}
      </div>
    </section>
  );
}
