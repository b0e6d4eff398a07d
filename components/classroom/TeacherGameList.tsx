"use client";

// The teacher's live games or assignments: each with its state, class and size, and what can be done with it
// (open the host screen, the report, start it again with the same settings, delete it).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import { LOCALE } from "@/lib/platform/i18n/lang";
import type { TMessageKey } from "@/lib/platform/i18n/messages";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { FormMessage } from "@/components/ui/FormMessage";

export type TGameRowView = {
  id: string;
  title: string;
  groupName: string | null;
  state: "running" | "finished" | "open" | "due" | "done";
  running: boolean;
  players: number;
  createdAt: string;
  deadline: string | null;
};

const STATE_LABEL: Record<TGameRowView["state"], TMessageKey> = {
  running: "dashboard.running",
  finished: "dashboard.finished",
  open: "dashboard.open",
  due: "dashboard.due",
  done: "dashboard.done",
};

export function TeacherGameList({ games, label }: { games: TGameRowView[]; label: string }) {
  const t = useT();
  const { lang } = useLang();
  const router = useRouter();
  const [deleting, setDeleting] = useState<TGameRowView>();
  const [error, setError] = useState<string>();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

  const again = async (game: TGameRowView) => {
    setError(undefined);
    const result = await api<{ game: { id: string } }>(`/api/games/${game.id}/again`, { body: {} });
    if (!result.ok) return setError(result.message);
    router.push(`/host/${result.data.game.id}`);
  };
  const remove = async () => {
    if (!deleting) return;
    const result = await api(`/api/games/${deleting.id}`, { method: "DELETE" });
    setDeleting(undefined);
    if (!result.ok) return setError(result.message);
    router.refresh();
  };

  if (!games.length) return <p className="muted">{t("dashboard.none")}</p>;
  return (
    <>
      <ul className="teacher-games" aria-label={label}>
        {games.map((game) => (
          <li key={game.id} className="card teacher-game">
            <div>
              <h4>{game.title}</h4>
              <p className="muted">
                <span className={`badge badge-${game.state}`}>{t(STATE_LABEL[game.state])}</span> · {date(game.createdAt)}
                {game.groupName ? ` · ${game.groupName}` : ""} · {t("dashboard.players", { count: game.players })}
                {game.deadline ? ` · ${t("dashboard.until", { date: date(game.deadline) })}` : ""}
              </p>
            </div>
            <div className="teacher-game-actions">
              {game.running && (
                <Link className="btn btn-primary" href={`/host/${game.id}`}>
                  {t("dashboard.open.host")}
                </Link>
              )}
              <Link className="btn btn-secondary" href={`/host/${game.id}/report`}>
                {t("dashboard.report")}
              </Link>
              <button type="button" className="btn btn-secondary" onClick={() => void again(game)}>
                {t("dashboard.again")}
              </button>
              {!game.running && (
                <button type="button" className="btn btn-secondary btn-danger" onClick={() => setDeleting(game)}>
                  {t("dashboard.delete")}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <FormMessage>{error}</FormMessage>
      <ConfirmDialog
        open={Boolean(deleting)}
        title={t("dashboard.delete")}
        question={deleting && t("dashboard.deleteConfirm", { title: deleting.title, date: date(deleting.createdAt) })}
        confirm={t("dashboard.delete")}
        danger
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => void remove()}
      />
    </>
  );
}
