"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";

/** The players as they arrive (newest first), each with a button to remove them (asked first: it is for good). */
export function PlayerChips(props: {
  recent: Array<{ id: string; nickname: string }>;
  total: number;
  onKick: (id: string) => void;
  disabled: boolean;
}) {
  const t = useT();
  if (!props.total) return <p className="waiting">{t("live.host.waiting")}</p>;
  return (
    <>
      <ul className="player-chips" aria-live="polite">
        {props.recent.map((player) => (
          <li key={player.id}>
            <span>{player.nickname}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t("live.host.kick", { name: player.nickname })}
              disabled={props.disabled}
              onClick={() => window.confirm(t("live.host.kickConfirm", { name: player.nickname })) && props.onKick(player.id)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {props.total > props.recent.length && (
        <p className="muted">{t("live.host.more", { count: props.total - props.recent.length })}</p>
      )}
    </>
  );
}
